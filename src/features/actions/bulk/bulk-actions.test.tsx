import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instanceListResponseSchema } from '../../../../contract/instances.ts';
import { workflowPath } from '../../../lib/paths.ts';
import { stubElementSize } from '../../../testing/element-size.ts';
import { createTestSimulator, server, simulatorHandlers } from '../../../testing/msw-server.ts';
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

    await user.click(screen.getByRole('button', { name: /^Select all \d+ matching this filter$/ }));
    const total = Number(/(\d+) selected/.exec(bar.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(4);
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
    expect(within(outcomes).getAllByText(/: skipped \(The instance is already complete/)).toHaveLength(skip);
    expect(within(report).getByRole('button', { name: 'Export report' })).toBeEnabled();
    first.unmount();

    renderApp(url);
    const again = await screen.findByRole('region', { name: 'Bulk report' });
    expect(within(again).getByRole('status')).toHaveTextContent(`${act} done, ${skip} skipped`);
    await user.click(within(again).getByRole('button', { name: 'Dismiss report' }));
    expect(screen.queryByRole('region', { name: 'Bulk report' })).not.toBeInTheDocument();
  });
});
