import { apiGet, demoAccountId, recordResults } from './api.ts';
import { expect, test } from './fixtures.ts';
import { InstancePage } from './pages/instance-page.ts';
import { WorkflowPage } from './pages/workflow-page.ts';
import { WorkflowsPage } from './pages/workflows-page.ts';

interface WorkflowRow {
  name: string;
  instances: Record<string, number>;
}

test('walks from the workflows list to an instance and back', async ({ page, request }) => {
  const accountId = await demoAccountId(request);
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/${accountId}/workflows$`));
  await expect(page.getByRole('region', { name: 'Demo mode' })).toContainText('CLOUDFLARE_API_TOKEN');

  const list = new WorkflowsPage(page);
  const workflows = await apiGet<WorkflowRow[]>(request, `/accounts/${accountId}/workflows?per_page=100`);
  expect(workflows.length).toBeGreaterThanOrEqual(5);
  for (const workflow of workflows) await expect(list.workflowLink(workflow.name)).toBeVisible();

  await list.workflowLink('order-fulfilment').click();
  const workflow = new WorkflowPage(page, 'order-fulfilment');
  await expect(workflow.heading).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${accountId}/workflows/order-fulfilment$`));

  // The first row is the newest instance the API lists.
  const newest = await apiGet<{ id: string }[]>(
    request,
    `/accounts/${accountId}/workflows/order-fulfilment/instances?per_page=1`,
  );
  const firstId = newest[0]?.id ?? '';
  await expect(workflow.rows.first()).toContainText(firstId);

  await workflow.rows.first().click();
  await expect(page).toHaveURL(new RegExp(`/instances/${firstId}$`));
  const instance = new InstancePage(page);
  await expect(instance.heading(firstId)).toBeVisible();
  await expect(instance.steps.getByRole('row').first()).toBeVisible();

  await page.goBack();
  await expect(workflow.heading).toBeVisible();
  await expect(workflow.rows.first()).toContainText(firstId);
  await page.goBack();
  await expect(list.table).toBeVisible();
});

test('shows the per-status counts the API reports for a workflow', async ({ page, request }) => {
  const accountId = await demoAccountId(request);
  // Compared with the response the page rendered: the demo account moves on between two reads.
  const details = recordResults<WorkflowRow>(page, `/accounts/${accountId}/workflows/order-fulfilment`);
  await WorkflowPage.open(page, accountId, 'order-fulfilment');
  const counts = page.getByRole('navigation', { name: 'Instance counts by status' });
  await expect(async () => {
    const errored = details.at(-1)?.instances.errored;
    expect(errored, 'the page read the workflow').toBeDefined();
    await expect(
      counts.getByRole('link', { name: new RegExp(`^Errored ${(errored ?? 0).toLocaleString('en-US')}$`) }),
    ).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
});

test('an instance with retries lists every attempt', async ({ page, request }) => {
  const accountId = await demoAccountId(request);
  // A whole page: the demo's instances move with the clock, and for minutes at a time none of the newest 20
  // errored orders had a retried step (about one in seven has).
  const errored = await apiGet<{ id: string }[]>(
    request,
    `/accounts/${accountId}/workflows/order-fulfilment/instances?status=errored&per_page=100`,
  );
  let target: { id: string; step: string; attempts: number } | undefined;
  for (const row of errored) {
    const detail = await apiGet<{ steps: { type: string; name: string; attempts?: unknown[] }[] }>(
      request,
      `/accounts/${accountId}/workflows/order-fulfilment/instances/${row.id}`,
    );
    const retried = detail.steps.find((step) => step.type === 'step' && (step.attempts?.length ?? 0) > 1);
    if (retried) {
      target = { id: row.id, step: retried.name, attempts: retried.attempts?.length ?? 0 };
      break;
    }
  }
  expect(target, 'an errored order with a retried step').toBeDefined();
  if (!target) return;
  await page.goto(`/${accountId}/workflows/order-fulfilment/instances/${target.id}`);
  const steps = new InstancePage(page).steps;
  const escaped = target.step.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(steps.getByRole('gridcell', { name: new RegExp(`^${escaped}, attempt \\d+`) })).toHaveCount(
    target.attempts,
  );
});

test('an unknown instance says so instead of a blank page', async ({ page, request, consoleGuard }) => {
  consoleGuard.allow(/status of 404/);
  const accountId = await demoAccountId(request);
  await page.goto(`/${accountId}/workflows/order-fulfilment/instances/no-such-instance`);
  await expect(page.getByRole('heading', { name: 'Instance not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: /order-fulfilment/ }).first()).toBeVisible();
});

test('an instance with thousands of steps renders only the entries near the viewport', async ({
  page,
  request,
}) => {
  const accountId = await demoAccountId(request);
  const listed = await apiGet<{ id: string }[]>(
    request,
    `/accounts/${accountId}/workflows/data-sync/instances?per_page=100`,
  );
  let largest = { id: '', steps: 0 };
  for (const row of listed) {
    const simple = await apiGet<{ step_count: number }>(
      request,
      `/accounts/${accountId}/workflows/data-sync/instances/${row.id}?simple=true`,
    );
    if (simple.step_count > largest.steps) largest = { id: row.id, steps: simple.step_count };
  }
  expect(largest.steps).toBeGreaterThan(1000);
  const detail = await apiGet<{ steps: { name?: string; type: string }[] }>(
    request,
    `/accounts/${accountId}/workflows/data-sync/instances/${largest.id}`,
  );
  const lastName = detail.steps.at(-1)?.name ?? '';
  // A rollback shares its step's name; its row says "rollback …".
  const prefix = detail.steps.at(-1)?.type === 'rollback' ? 'rollback ' : '';

  await page.goto(`/${accountId}/workflows/data-sync/instances/${largest.id}`);
  const steps = new InstancePage(page).steps;
  await expect(steps.getByRole('row').first()).toBeVisible();
  expect(await steps.getByRole('row').count()).toBeLessThan(100);
  await steps.focus();
  await page.keyboard.press('End');
  await expect(steps.getByRole('rowheader', { name: new RegExp(`^${prefix}${lastName}, `) })).toBeVisible();
  expect(await steps.getByRole('row').count()).toBeLessThan(100);
});
