import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { stepOutputResponseSchema } from '../../../contract/instances.ts';
import { formatDuration } from '../../lib/format-time.ts';
import { instancePath, workflowApiPath } from '../../lib/paths.ts';
import { accountId, demoInstances, findInstanceWithRetries } from '../../testing/demo-data.ts';
import { stubElementSize } from '../../testing/element-size.ts';
import { TEST_NOW, testSimulator } from '../../testing/msw-server.ts';
import { renderApp } from '../../testing/render-app.tsx';

/** The treegrid's step names, top to bottom (each row header's title is the step's URL key). */
function rowKeys(): string[] {
  const grid = screen.getByRole('treegrid', { name: 'Steps and attempts' });
  return within(grid)
    .getAllByRole('rowheader')
    .map((h) => h.getAttribute('title') ?? '');
}

async function retriedStep() {
  const found = await findInstanceWithRetries();
  const retried = found.detail.steps.find(
    (s) => s.type === 'step' && 'attempts' in s && Array.isArray(s.attempts) && s.attempts.length > 1,
  );
  if (!retried || !('attempts' in retried) || !Array.isArray(retried.attempts))
    throw new Error('no retried step');
  return { ...found, step: String(retried.name), attempts: retried.attempts.length };
}

let restore: () => void = () => {};
beforeEach(() => {
  restore = stubElementSize(1280, 800);
  // jsdom has no canvas: painting is skipped, the Gantt's accessible treegrid is what a user reads here.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  restore();
  vi.restoreAllMocks();
});

describe('the instance screen', { timeout: 15_000 }, () => {
  // Finding a retried instance walks the simulator's lists once for the whole file.
  beforeAll(() => findInstanceWithRetries(), 30_000);

  it('draws the Gantt together with the header once its chunk is loaded, without a loading fallback', async () => {
    const { workflowName, instanceId } = await retriedStep();
    // First in the file, so that no test has rendered the lazy Gantt yet; its chunk loads with the screen's.
    await import('./gantt/gantt-view.tsx');
    renderApp(instancePath(accountId, workflowName, instanceId));
    await screen.findByRole('heading', { level: 1, name: instanceId });
    expect(screen.getByRole('region', { name: /^Gantt/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Loading the Gantt')).not.toBeInTheDocument();
  });

  it('shows the header, the Gantt and every attempt of a retried step', async () => {
    const { workflowName, instanceId, detail, step, attempts } = await retriedStep();
    renderApp(instancePath(accountId, workflowName, instanceId));
    expect(await screen.findByRole('heading', { level: 1, name: instanceId })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy instance id' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Time breakdown' })).toHaveTextContent('Retrying (backoff)');
    expect(await screen.findByRole('region', { name: /^Gantt/ })).toBeInTheDocument();
    const cells = await screen.findAllByRole('gridcell', { name: new RegExp(`^${step}, attempt \\d+`) });
    expect(cells).toHaveLength(attempts);
    expect(cells.some((cell) => /, failed/.test(cell.getAttribute('aria-label') ?? ''))).toBe(true);
    if (detail.error) {
      expect(screen.getByRole('region', { name: 'Instance error' })).toHaveTextContent(detail.error.name);
    }
  });

  it('opens an attempt in the side panel with its whole output from /step, and keeps it in the URL', async () => {
    const { workflowName, instanceId, step, attempts } = await retriedStep();
    const { user, router } = renderApp(instancePath(accountId, workflowName, instanceId));
    const cell = await screen.findByRole('gridcell', { name: new RegExp(`^${step}, attempt ${attempts} `) });
    await user.click(cell);
    expect(router.state.location.search).toMatchObject({ step, attempt: String(attempts) });
    const panel = screen.getByRole('complementary', { name: 'Selected step' });
    expect(within(panel).getByRole('heading', { name: step })).toBeInTheDocument();
    const url = `http://simulator.invalid/client/v4${workflowApiPath(accountId, workflowName)}/instances/${instanceId}/step?name=${step}&type=step&attempt=${attempts}`;
    const expected = stepOutputResponseSchema.parse(
      await (await testSimulator.fetch(new Request(url))).json(),
    ).result;
    expect(await within(panel).findByText(expected.status)).toBeInTheDocument();
    if (expected.error) expect(within(panel).getAllByText(expected.error.name).length).toBeGreaterThan(0);
  });

  it('reverses the steps with the order toggle and keeps the order in the URL', async () => {
    const { workflowName, instanceId } = await findInstanceWithRetries();
    const { user, router } = renderApp(instancePath(accountId, workflowName, instanceId));
    await screen.findByRole('heading', { level: 1, name: instanceId });
    await screen.findByRole('treegrid', { name: 'Steps and attempts' });
    const ascending = rowKeys();
    expect(ascending.length).toBeGreaterThan(1);
    const toggle = screen.getByRole('group', { name: 'Step order' });
    await user.click(within(toggle).getByRole('button', { name: 'Newest first', pressed: false }));
    expect(router.state.location.search).toEqual({ order: 'desc' });
    await screen.findByRole('button', { name: 'Newest first', pressed: true });
    await expect.poll(() => rowKeys()).toEqual([...ascending].reverse());
    await user.click(screen.getByRole('button', { name: 'Oldest first' }));
    expect(router.state.location.search).toEqual({});
  });

  it('moves a running instance on with the clock between its refetches', async () => {
    let found: { workflow: string; id: string; started_on: string } | undefined;
    for (const workflow of ['payment-retries', 'onboarding-emails', 'data-sync', 'image-processing']) {
      const row = (await demoInstances(workflow, 'running')).find((r) => r.started_on);
      if (row?.started_on) found = { workflow, id: row.id, started_on: row.started_on };
      if (found) break;
    }
    if (!found) throw new Error('no running instance');
    const running = found;
    // Only Date is faked: the app's one-second tick is real, the refetch (every 5 s) does not come yet.
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW });
    try {
      renderApp(instancePath(accountId, running.workflow, running.id));
      const duration = async () => (await screen.findByText('Duration')).nextElementSibling?.textContent;
      const started = Date.parse(running.started_on);
      await waitFor(async () => expect(await duration()).toBe(formatDuration(TEST_NOW - started)));
      vi.setSystemTime(TEST_NOW + 3_600_000);
      await waitFor(
        async () => expect(await duration()).toBe(formatDuration(TEST_NOW + 3_600_000 - started)),
        {
          timeout: 2_500,
        },
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when an instance does not exist, with a way back', async () => {
    const { workflowName } = await findInstanceWithRetries();
    renderApp(instancePath(accountId, workflowName, 'no-such-instance'));
    expect(await screen.findByRole('heading', { name: 'Instance not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Back to ${workflowName}` })).toBeInTheDocument();
  });

  it('drops invalid values from a pasted link and says so', async () => {
    const { workflowName, instanceId } = await findInstanceWithRetries();
    const { router } = renderApp(
      `${instancePath(accountId, workflowName, instanceId)}?order=sideways&win=9,3&only=slow`,
    );
    expect(await screen.findByRole('heading', { level: 1, name: instanceId })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("Ignored order 'sideways' from the link");
    expect(alert).toHaveTextContent("Ignored win '9,3' from the link");
    expect(alert).toHaveTextContent("Ignored only 'slow' from the link");
    await vi.waitFor(() => expect(router.state.location.searchStr).toBe(''));
    expect(screen.getByRole('button', { name: 'Oldest first' })).toHaveAttribute('aria-pressed', 'true');
  });
});
