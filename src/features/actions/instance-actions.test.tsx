import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { instanceDetailResponseSchema, instanceListResponseSchema } from '../../../contract/instances.ts';
import { workflowListResponseSchema } from '../../../contract/workflows.ts';
import { instancePath } from '../../lib/paths.ts';
import { stubElementSize } from '../../testing/element-size.ts';
import { createTestSimulator, server, simulatorHandlers, TEST_NOW } from '../../testing/msw-server.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { openWaitType } from './instance-actions.tsx';

/** A simulator whose clock runs, so that a delivered event or a settled pause shows on the next read. */
const started = performance.now();
const sim = createTestSimulator(() => TEST_NOW + (performance.now() - started));
const accountId = sim.accountId;
const allowWrites = () => server.use(...simulatorHandlers(sim, { writes: true }));

async function read<T>(path: string, schema: { parse: (v: unknown) => T }, init?: RequestInit): Promise<T> {
  const response = await sim.fetch(
    new Request(`http://simulator.invalid/client/v4/accounts/${accountId}${path}`, init),
  );
  return schema.parse(await response.json());
}
const demoWorkflows = async () => (await read('/workflows?per_page=100', workflowListResponseSchema)).result;
const demoInstances = async (wf: string, status: string) =>
  (await read(`/workflows/${wf}/instances?per_page=100&status=${status}`, instanceListResponseSchema)).result;
const demoInstance = async (wf: string, id: string) =>
  (await read(`/workflows/${wf}/instances/${id}`, instanceDetailResponseSchema)).result;

/** The first instance in `status` (past the ones earlier tests in this file acted on) whose detail passes `accept`. */
async function findInstance(
  status: string,
  accept: (id: string, wf: string) => Promise<boolean> = async () => true,
) {
  for (const workflow of await demoWorkflows()) {
    for (const summary of await demoInstances(workflow.name, status)) {
      if (used.has(summary.id)) continue;
      if (!(await accept(summary.id, workflow.name))) continue;
      used.add(summary.id);
      return { workflowName: workflow.name, instanceId: summary.id };
    }
  }
  throw new Error(`no ${status} instance`);
}
const used = new Set<string>();

async function openInstance(found: { workflowName: string; instanceId: string }) {
  const app = renderApp(instancePath(accountId, found.workflowName, found.instanceId));
  const bar = await screen.findByRole('region', { name: 'Instance actions' }, { timeout: 5_000 });
  return { ...app, bar };
}

let restore: () => void = () => {};
beforeEach(() => {
  server.use(...simulatorHandlers(sim));
  restore = stubElementSize(1280, 800);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  restore();
  vi.restoreAllMocks();
});

describe('the instance actions', { timeout: 20_000 }, () => {
  it('with writes off, disables every action and says how to turn them on', async () => {
    const { bar } = await openInstance(await findInstance('waiting'));
    for (const name of ['Pause', 'Resume', 'Terminate', 'Restart', 'Send event', 'Delete']) {
      expect(within(bar).getByRole('button', { name })).toBeDisabled();
    }
    expect(await within(bar).findByText(/DASHBOARD_WRITES=1/)).toBeVisible();
  });

  it('pauses a waiting instance, then resumes it, showing what the API reports', async () => {
    allowWrites();
    const { bar, user } = await openInstance(await findInstance('waiting'));
    expect(within(bar).getByRole('button', { name: 'Pause' })).toBeEnabled();
    expect(within(bar).getByRole('button', { name: 'Resume' })).toBeDisabled();
    expect(within(bar).getByRole('button', { name: 'Resume' })).toHaveAttribute(
      'title',
      expect.stringMatching(/paused/),
    );
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(
      await within(bar).findByText(/Pause sent\. The API reports the instance (waitingForPause|paused)\./),
    ).toBeVisible();
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Resume' })).toBeEnabled());
    expect(within(bar).getByRole('button', { name: 'Pause' })).toBeDisabled();
    await user.click(within(bar).getByRole('button', { name: 'Resume' }));
    expect(
      await within(bar).findByText(/Resume sent\. The API reports the instance (running|waiting|queued)\./),
    ).toBeVisible();
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Pause' })).toBeEnabled());
  });

  it('terminates after a confirmation that says what will happen; Escape cancels and returns focus', async () => {
    allowWrites();
    const found = await findInstance('waiting');
    const { bar, user } = await openInstance(found);
    const terminate = within(bar).getByRole('button', { name: 'Terminate' });
    await user.click(terminate);
    let dialog = screen.getByRole('dialog', { name: 'Terminate instance' });
    expect(dialog).toHaveTextContent('without rolling anything back');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(terminate).toHaveFocus();
    await user.click(terminate);
    dialog = screen.getByRole('dialog', { name: 'Terminate instance' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Roll back completed steps first' }));
    expect(dialog).toHaveTextContent('compensations of its completed steps');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Roll back completed steps first' }));
    expect(dialog).toHaveTextContent('without rolling anything back');
    await user.click(within(dialog).getByRole('button', { name: 'Terminate' }));
    expect(
      await within(bar).findByText(/Terminate sent\. The API reports the instance terminated\./),
    ).toBeVisible();
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Terminate' })).toBeDisabled());
    expect((await demoInstance(found.workflowName, found.instanceId)).status).toBe('terminated');
  });

  it('restarts an errored instance from a chosen step', async () => {
    allowWrites();
    const found = await findInstance('errored');
    const { bar, user } = await openInstance(found);
    await user.click(within(bar).getByRole('button', { name: 'Restart' }));
    const dialog = screen.getByRole('dialog', { name: 'Restart instance' });
    expect(dialog).toHaveTextContent('from the beginning');
    const select = within(dialog).getByRole('combobox', { name: 'Restart from' });
    const first = within(select).getAllByRole('option')[1];
    if (!first) throw new Error('no step to restart from');
    await user.selectOptions(select, first);
    expect(dialog).toHaveTextContent(`from step ${first.textContent}`);
    await user.click(within(dialog).getByRole('button', { name: 'Restart' }));
    expect(
      await within(bar).findByText(/Restart sent\. The API reports the instance queued\./),
    ).toBeVisible();
    // The simulator's clock runs: by this read the queued instance may have started.
    expect(['queued', 'running']).toContain(
      (await demoInstance(found.workflowName, found.instanceId)).status,
    );
  });

  it("restarts from the step open in the Gantt's side panel, with the API's from for it", async () => {
    allowWrites();
    const found = await findInstance('errored');
    const steps = (await demoInstance(found.workflowName, found.instanceId)).steps;
    const step = steps.filter((s) => s.type === 'step').at(-1);
    if (!step || !('name' in step) || !step.name) throw new Error('no step');
    const url = `${instancePath(accountId, found.workflowName, found.instanceId)}?step=${step.name}`;
    const { user } = renderApp(url);
    const panel = await screen.findByRole('complementary', { name: 'Selected step' });
    await user.click(await within(panel).findByRole('button', { name: 'Restart from this step' }));
    const dialog = screen.getByRole('dialog', { name: 'Restart instance' });
    expect(dialog).toHaveTextContent(`from step ${step.name} (do)`);
    await user.click(within(dialog).getByRole('button', { name: 'Restart' }));
    const bar = screen.getByRole('region', { name: 'Instance actions' });
    expect(await within(bar).findByText('Restart sent. The API reports the instance queued.')).toBeVisible();
    const after = await demoInstance(found.workflowName, found.instanceId);
    expect(['queued', 'running']).toContain(after.status);
    // The steps before the restarted one keep their results.
    const kept = steps.slice(0, steps.indexOf(step)).map((s) => ('name' in s ? s.name : s.type));
    expect(after.steps.slice(0, kept.length).map((s) => ('name' in s ? s.name : s.type))).toEqual(kept);
  });

  it('sends an event to an open wait, with its type prefilled and the JSON checked first', async () => {
    allowWrites();
    const found = await findInstance(
      'waiting',
      async (id, wf) => openWaitType(await demoInstance(wf, id)) !== '',
    );
    const type = openWaitType(await demoInstance(found.workflowName, found.instanceId));
    const { bar, user } = await openInstance(found);
    await user.click(within(bar).getByRole('button', { name: 'Send event' }));
    const dialog = screen.getByRole('dialog', { name: 'Send event' });
    expect(within(dialog).getByRole('textbox', { name: 'Event type' })).toHaveValue(type);
    const payload = within(dialog).getByRole('textbox', { name: 'Payload (JSON)' });
    await user.clear(payload);
    await user.type(payload, '{{"approved": tru');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('not valid JSON');
    await user.type(payload, 'e}');
    await user.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await within(bar).findByText(`Event ${type} sent.`)).toBeVisible();
    await waitFor(async () =>
      expect(openWaitType(await demoInstance(found.workflowName, found.instanceId))).not.toBe(type),
    );
  });

  it('shows the API refusal in its own words', async () => {
    allowWrites();
    const found = await findInstance('waiting');
    const { bar, user } = await openInstance(found);
    await demoTerminate(found);
    await user.click(within(bar).getByRole('button', { name: 'Terminate' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Terminate' }));
    const alert = await within(bar).findByRole('alert');
    expect(alert).toHaveTextContent('Instance not in a terminable state.');
  });

  it('after Cloudflare refuses a write with 403, disables every action and says the token lacks the permission', async () => {
    // The network as the server presents it: Cloudflare's 403 passes through, and from then on /api/meta
    // says writes are unavailable (server/writes/write-state.ts).
    let forbidden = false;
    const reason =
      'Cloudflare refused a write with 403: the API token lacks the Workers Scripts Write permission';
    server.use(
      http.get('*/api/meta', () =>
        Response.json({
          mode: 'live',
          accounts: [{ id: accountId, name: sim.accountName }],
          writes: !forbidden,
          ...(forbidden ? { writesUnavailable: reason } : {}),
          version: 'test',
        }),
      ),
      http.patch('*/api/client/v4/accounts/*/workflows/*/instances/*/status', () => {
        forbidden = true;
        return Response.json(
          {
            success: false,
            errors: [{ code: 10000, message: 'Authentication error' }],
            messages: [],
            result: null,
          },
          { status: 403 },
        );
      }),
    );
    const { bar, user } = await openInstance(await findInstance('waiting'));
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Pause' })).toBeEnabled());
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(await within(bar).findByRole('alert')).toHaveTextContent('Authentication error');
    expect(await within(bar).findByText(`Writes are unavailable: ${reason}`)).toBeVisible();
    for (const name of ['Pause', 'Resume', 'Terminate', 'Restart', 'Send event', 'Delete']) {
      expect(within(bar).getByRole('button', { name })).toBeDisabled();
    }
  });
});

/** Terminates behind the dashboard's back, so that its next terminate is refused (409). */
async function demoTerminate(found: { workflowName: string; instanceId: string }) {
  const init = {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: '{"status":"terminate"}',
  };
  const path = `/workflows/${found.workflowName}/instances/${found.instanceId}/status`;
  await read(path, { parse: (v) => expect(v).toMatchObject({ success: true }) }, init);
}
