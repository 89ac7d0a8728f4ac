import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instanceListResponseSchema } from '../../../../contract/instances.ts';
import { workflowPath } from '../../../lib/paths.ts';
import { stubElementSize } from '../../../testing/element-size.ts';
import { createTestSimulator, server, simulatorHandlers, TEST_NOW } from '../../../testing/msw-server.ts';
import { renderApp } from '../../../testing/render-app.tsx';

const sim = createTestSimulator();
const WORKFLOW = 'payment-retries';

async function statusOf(id: string): Promise<string | undefined> {
  const url = `http://simulator.invalid/client/v4/accounts/${sim.accountId}/workflows/${WORKFLOW}/instances?per_page=100&status=terminated`;
  const body = instanceListResponseSchema.parse(await (await sim.fetch(new Request(url))).json());
  return body.result.find((row) => row.id === id)?.status;
}

let restore: () => void = () => {};
beforeEach(() => {
  restore = stubElementSize(1280, 2000);
  localStorage.clear();
  server.use(...simulatorHandlers(sim, { writes: true }));
});
afterEach(() => restore());

describe('bulk actions from the table', { timeout: 30_000 }, () => {
  it('terminates a filtered set through the dry run, then reports each instance and keeps the report', async () => {
    const url = `${workflowPath(sim.accountId, WORKFLOW)}?status=waiting,complete`;
    const first = renderApp(url);
    const { user } = first;
    const grid = await screen.findByRole('grid', { name: `Instances of ${WORKFLOW}` });
    await waitFor(() => expect(within(grid).getAllByRole('checkbox').length).toBeGreaterThan(6));
    const boxes = within(grid).getAllByRole('checkbox');
    await user.click(boxes[0] as HTMLElement);
    await user.keyboard('{Shift>}');
    await user.click(boxes[3] as HTMLElement);
    await user.keyboard('{/Shift}');
    expect(within(grid).getAllByRole('checkbox', { checked: true })).toHaveLength(4);
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent('4 selected');

    // More match than the first pages hold: the selection pages through the rest first.
    const loaded = within(grid).getAllByRole('checkbox').length;
    await user.click(screen.getByRole('button', { name: 'Select all matching this filter' }));
    const end = await screen.findByText(
      /^End of list: [\d,]+ instances in this range$/,
      {},
      { timeout: 10_000 },
    );
    const listed = Number((end.textContent ?? '').replace(/\D/g, ''));
    expect(listed).toBeGreaterThan(loaded);
    await waitFor(() => expect(bar).toHaveTextContent(`${listed.toLocaleString('en-US')} selected`));
    const total = listed;
    await user.click(within(bar).getByRole('button', { name: 'Terminate' }));
    const dialog = screen.getByRole('dialog', { name: `Terminate ${total} instances` });
    const summary =
      /Terminate (\d+) instances: (\d+) can be terminated, (\d+) are already complete and will be skipped/.exec(
        dialog.textContent ?? '',
      );
    expect(summary?.[1]).toBe(String(total));
    const act = Number(summary?.[2]);
    const skip = Number(summary?.[3]);
    expect(act + skip).toBe(total);
    await user.click(within(dialog).getByRole('button', { name: `Terminate ${act}` }));

    const report = await screen.findByRole('region', { name: 'Bulk report' });
    await waitFor(
      () =>
        expect(within(report).getByRole('status')).toHaveTextContent(
          `Terminate, finished: ${act} done, ${skip} skipped, 0 failed.`,
        ),
      { timeout: 15_000 },
    );
    const outcomes = within(report).getByRole('list', { name: 'Outcomes' });
    const doneId =
      /^(\S+): done/.exec(within(outcomes).getAllByText(/: done$/)[0]?.textContent ?? '')?.[1] ?? '';
    expect(await statusOf(doneId)).toBe('terminated');
    const skipped = within(outcomes).queryAllByText(/: skipped/);
    expect(skipped.length).toBe(Math.min(skip, 200 - Math.min(200, act)));
    for (const entry of skipped)
      expect(entry).toHaveTextContent(/: skipped \(The instance is already complete/);
    expect(within(report).getByRole('button', { name: 'Export report' })).toBeEnabled();
    first.unmount();

    renderApp(url);
    const again = await screen.findByRole('region', { name: 'Bulk report' });
    expect(within(again).getByRole('status')).toHaveTextContent(`${act} done, ${skip} skipped`);
    await user.click(within(again).getByRole('button', { name: 'Dismiss report' }));
    expect(screen.queryByRole('region', { name: 'Bulk report' })).not.toBeInTheDocument();
  });
});

const TRIAGED = 'order-fulfilment';

async function detailStatus(id: string): Promise<string> {
  const url = `http://simulator.invalid/client/v4/accounts/${sim.accountId}/workflows/${TRIAGED}/instances/${id}`;
  const body = (await (await sim.fetch(new Request(url))).json()) as { result: { status: string } };
  return body.result.status;
}

describe('bulk actions from a triage group', { timeout: 60_000 }, () => {
  it('restarts every instance of the group through the dry run, and reports each', async () => {
    const to = new Date(TEST_NOW).toISOString();
    const from = new Date(TEST_NOW - 30 * 86_400_000).toISOString();
    const { user } = renderApp(`${workflowPath(sim.accountId, TRIAGED)}/errors?from=${from}&to=${to}`);
    const list = await screen.findByRole('list', { name: 'Error groups' }, { timeout: 30_000 });
    const [first] = within(list).getAllByRole('heading', { level: 3 });
    await user.click(within(first as HTMLElement).getByRole('link'));
    const heading = await screen.findByRole('heading', { name: /^[\d,]+ instances? in this group$/ });
    const count = Number((heading.textContent ?? '').replace(/\D/g, ''));
    expect(count).toBeGreaterThan(1);
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bar).toHaveTextContent(`${count} in this group`);
    await user.click(within(bar).getByRole('button', { name: 'Restart' }));
    const dialog = screen.getByRole('dialog', { name: `Restart ${count} instances` });
    expect(dialog).toHaveTextContent(`Restart ${count} instances: ${count} can be restarted.`);
    await user.click(within(dialog).getByRole('button', { name: `Restart ${count}` }));
    const report = await screen.findByRole('region', { name: 'Bulk report' });
    await waitFor(
      () =>
        expect(within(report).getByRole('status')).toHaveTextContent(
          `Restart, finished: ${count} done, 0 skipped, 0 failed.`,
        ),
      { timeout: 30_000 },
    );
    const doneIds = within(within(report).getByRole('list', { name: 'Outcomes' }))
      .getAllByText(/: done$/)
      .map((entry) => (entry.textContent ?? '').replace(/: done$/, ''));
    expect(doneIds).toHaveLength(Math.min(count, 200));
    // The API runs them again: none of them is errored any more.
    for (const id of doneIds.slice(0, 5)) expect(await detailStatus(id)).not.toBe('errored');
  });
});
