import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { expect, test } from './fixtures.ts';
import { type Spawned, spawnScript } from './support/spawn-server.ts';

/** Writes through the dashboard against its own demo server with DASHBOARD_WRITES=1 (never the shared one). */
const PORT = 5194;
let server: Spawned;

test.beforeAll(async () => {
  server = await spawnScript(
    'server/main.ts',
    {
      DEMO: '1',
      DEMO_SEED: '42',
      DEMO_INSTANCES: '3000',
      DASHBOARD_WRITES: '1',
      HOST: '127.0.0.1',
      PORT: String(PORT),
    },
    `http://127.0.0.1:${PORT}/api/meta`,
  );
});

test.afterAll(async () => {
  await server?.stop();
});

const api = (path: string) => `${server.url}/api/client/v4/accounts/${DEMO_ACCOUNT_ID}/workflows${path}`;

async function list(workflow: string, status: string): Promise<{ id: string; status: string }[]> {
  const body = (await (await fetch(api(`/${workflow}/instances?per_page=100&status=${status}`))).json()) as {
    result: { id: string; status: string }[];
  };
  return body.result;
}

async function detail(
  workflow: string,
  id: string,
): Promise<{ status: string; steps: Record<string, unknown>[] }> {
  return (
    (await (await fetch(api(`/${workflow}/instances/${id}`))).json()) as {
      result: { status: string; steps: [] };
    }
  ).result;
}

const instanceUrl = (workflow: string, id: string) =>
  `${server.url}/${DEMO_ACCOUNT_ID}/workflows/${workflow}/instances/${id}`;

test.describe.configure({ timeout: 60_000 });

test('pauses a live instance, then resumes it, as the API reports', async ({ page }) => {
  const [subject] = await list('onboarding-emails', 'waiting');
  if (!subject) throw new Error('no waiting instance');
  await page.goto(instanceUrl('onboarding-emails', subject.id));
  const bar = page.getByRole('region', { name: 'Instance actions' });
  await expect(bar.getByRole('button', { name: 'Resume' })).toBeDisabled();
  await bar.getByRole('button', { name: 'Pause' }).click();
  await expect(bar.getByRole('status')).toHaveText(
    /Pause sent\. The API reports the instance (waitingForPause|paused)\./,
  );
  await expect(bar.getByRole('button', { name: 'Resume' })).toBeEnabled({ timeout: 10_000 });
  await page.screenshot({ path: 'test-results/actions-paused.png' });
  expect(['waitingForPause', 'paused']).toContain((await detail('onboarding-emails', subject.id)).status);
  await bar.getByRole('button', { name: 'Resume' }).click();
  await expect(bar.getByRole('status')).toHaveText(
    /Resume sent\. The API reports the instance (queued|running|waiting)\./,
  );
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeEnabled({ timeout: 10_000 });
});

test('sends an event to a waiting instance', async ({ page }) => {
  const waiting = await list('onboarding-emails', 'waiting');
  // An open wait's `end` is its deadline. One that times out before the send drops the event (as the engine
  // does), so the subject is the wait with the most time left, and at least a minute of it.
  let subject: { id: string; type: string; deadline: number } | undefined;
  for (const row of waiting.slice(1)) {
    const open = (await detail('onboarding-emails', row.id)).steps.findLast(
      (s) => s.type === 'waitForEvent' && s.finished === false,
    );
    const deadline = Date.parse(String(open?.end));
    if (open && deadline > Date.now() + 60_000 && deadline > (subject?.deadline ?? 0)) {
      subject = { id: row.id, type: String(open.event_type), deadline };
    }
  }
  if (!subject) throw new Error('no instance waiting for an event with a minute left');
  await page.goto(instanceUrl('onboarding-emails', subject.id));
  const bar = page.getByRole('region', { name: 'Instance actions' });
  await bar.getByRole('button', { name: 'Send event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Send event' });
  await expect(dialog.getByRole('textbox', { name: 'Event type' })).toHaveValue(subject.type);
  await dialog.getByRole('textbox', { name: 'Payload (JSON)' }).fill('{"plan": "pro"');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not valid JSON');
  await dialog.getByRole('textbox', { name: 'Payload (JSON)' }).fill('{"plan": "pro"}');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(bar.getByRole('status')).toHaveText(`Event ${subject.type} sent.`);
  const id = subject.id;
  await expect
    .poll(async () =>
      (await detail('onboarding-emails', id)).steps.some(
        (s) => s.type === 'waitForEvent' && s.finished === true && s.event_type === subject?.type,
      ),
    )
    .toBe(true);
});

test("restarts an errored instance from the step open in the Gantt's side panel", async ({ page }) => {
  const [subject] = await list('order-fulfilment', 'errored');
  if (!subject) throw new Error('no errored instance');
  const before = await detail('order-fulfilment', subject.id);
  const failing = before.steps.filter((s) => s.type === 'step').at(-1);
  const name = String(failing?.name ?? '');
  if (!name) throw new Error('no step to restart from');
  await page.goto(`${instanceUrl('order-fulfilment', subject.id)}?step=${encodeURIComponent(name)}`);
  const panel = page.getByRole('complementary', { name: 'Selected step' });
  await panel.getByRole('button', { name: 'Restart from this step' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restart instance' });
  await expect(dialog).toContainText(`from step ${name} (do)`);
  await page.screenshot({ path: 'test-results/actions-restart-from-step.png' });
  await dialog.getByRole('button', { name: 'Restart' }).click();
  const bar = page.getByRole('region', { name: 'Instance actions' });
  await expect(bar.getByRole('status')).toHaveText(
    /Restart sent\. The API reports the instance (queued|running)\./,
  );
  const after = await detail('order-fulfilment', subject.id);
  expect(after.status).not.toBe('errored');
  // The steps before the restarted one keep their results; the instance runs again from that step.
  const kept = before.steps.slice(0, before.steps.indexOf(failing as Record<string, unknown>));
  expect(after.steps.slice(0, kept.length).map((s) => s.name ?? s.type)).toEqual(
    kept.map((s) => s.name ?? s.type),
  );
  // The header follows the API (re-read, never guessed): the instance runs again.
  const header = page.locator('header', { has: page.getByRole('heading', { level: 1, name: subject.id }) });
  await expect(header).toContainText(/Queued|Running|Waiting|Complete/, { timeout: 10_000 });
});

test('triggers a new instance and opens it', async ({ page }) => {
  await page.goto(`${server.url}/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment`);
  await page.getByRole('button', { name: 'Trigger instance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trigger instance' });
  await dialog.getByRole('textbox', { name: 'Instance id (optional)' }).fill('e2e-order-1');
  await dialog.getByRole('textbox', { name: 'Params (JSON)' }).fill('{"orderId": 42}');
  await dialog.getByRole('button', { name: 'Trigger' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Triggered' })
    .getByRole('link', { name: 'e2e-order-1' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'e2e-order-1' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Params' })).toContainText('orderId');
});

test('bulk-terminates a filtered set through the dry run and the report', async ({ page }) => {
  await page.goto(`${server.url}/${DEMO_ACCOUNT_ID}/workflows/payment-retries?status=waiting,complete`);
  const grid = page.getByRole('grid', { name: 'Instances of payment-retries' });
  await expect(grid.getByRole('checkbox').first()).toBeVisible();
  // The first pages or all of them: either way every matching instance ends up checked.
  await page.getByRole('button', { name: /^Select all (\d+ )?matching this filter$/ }).click();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await bar.getByRole('button', { name: 'Terminate' }).click();
  const dialog = page.getByRole('dialog', { name: /^Terminate \d+ instances$/ });
  await expect(dialog).toContainText(
    /Terminate \d+ instances: \d+ can be terminated, \d+ are already complete and will be skipped/,
  );
  const text = (await dialog.textContent()) ?? '';
  const [, act, skip] = /: (\d+) can be terminated, (\d+) are already complete/.exec(text) ?? [];
  await dialog.getByRole('button', { name: `Terminate ${act}` }).click();
  const report = page.getByRole('region', { name: 'Bulk report' });
  await expect(report.getByRole('status')).toContainText(
    `finished: ${act} done, ${skip} skipped, 0 failed.`,
    {
      timeout: 30_000,
    },
  );
  const doneText =
    (await report
      .getByRole('list', { name: 'Outcomes' })
      .getByText(/: done$/)
      .first()
      .textContent()) ?? '';
  const doneId = doneText.replace(/: done$/, '');
  expect((await detail('payment-retries', doneId)).status).toBe('terminated');
  await page.screenshot({ path: 'test-results/actions-bulk-report.png', fullPage: true });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Bulk report' }).getByRole('status')).toContainText(
    `${act} done`,
  );
});
