import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { accountId, demoWorkflow, demoWorkflows } from '../../testing/demo-data.ts';
import { stubElementSize } from '../../testing/element-size.ts';
import { renderApp } from '../../testing/render-app.tsx';

async function workflowWithErrors() {
  const found = (await demoWorkflows()).find(
    (w) => (w.instances.errored ?? 0) > 0 && (w.instances.complete ?? 0) > 0,
  );
  if (!found) throw new Error('no demo workflow with errored and complete instances');
  return found.name;
}

async function openCharts(url: string) {
  onTestFinished(stubElementSize());
  const app = renderApp(url);
  const region = await screen.findByRole('region', { name: 'Status distribution' }, { timeout: 15_000 });
  return { ...app, region };
}

// The first test imports the charts chunk (Recharts) cold, which takes seconds on a shared machine.
describe('the workflow charts', { timeout: 20_000 }, () => {
  it('filters the table to a status from the distribution, and clears it with a second click', async () => {
    const name = await workflowWithErrors();
    const { user, router, region } = await openCharts(`/${accountId}/workflows/${name}?range=7d`);
    const errored = (await demoWorkflow(name)).instances.errored ?? 0;
    const legend = within(region).getByRole('list', { name: 'Statuses of all retained instances' });
    const link = within(legend).getByRole('link', {
      name: new RegExp(`^Errored ${errored.toLocaleString('en-US')} `),
    });
    await user.click(link);
    await waitFor(() => expect(router.state.location.search).toEqual({ status: 'errored', range: '7d' }));
    expect(screen.getByRole('checkbox', { name: 'Errored' })).toBeChecked();
    await user.click(within(legend).getByRole('link', { name: /^Errored / }));
    await waitFor(() => expect(router.state.location.search).toEqual({ range: '7d' }));
  });

  it('shows the distribution as a table with the counts of get-workflow, labelled all retained', async () => {
    const name = await workflowWithErrors();
    const { user, region } = await openCharts(`/${accountId}/workflows/${name}`);
    const counts = (await demoWorkflow(name)).instances;
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    await waitFor(() =>
      expect(region).toHaveTextContent(
        `All retained instances, whatever the range: ${total.toLocaleString('en-US')}`,
      ),
    );
    const toggle = within(region).getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const table = within(region).getByRole('table');
    const column = within(table)
      .getAllByRole('columnheader')
      .findIndex((th) => th.textContent === 'Complete');
    const row = within(table).getByRole('rowheader', { name: 'Instances' }).closest('tr');
    // The row starts with its header cell.
    expect(row?.children[column + 1]).toHaveTextContent((counts.complete ?? 0).toLocaleString('en-US'));
  });

  it('writes the duration percentiles as text and counts running instances apart', async () => {
    const name = await workflowWithErrors();
    await openCharts(`/${accountId}/workflows/${name}`);
    const region = screen.getByRole('region', { name: 'Durations' });
    await waitFor(() =>
      expect(within(region).getByTestId('percentiles-all')).toHaveTextContent(
        /^p50 \S+ \S+ p95 \S+ \S+ p99 /,
      ),
    );
    expect(within(region).getByRole('link', { name: 'Slowest instances' })).toHaveAttribute(
      'href',
      expect.stringContaining('sort=-duration'),
    );
    expect(screen.getByRole('region', { name: 'Instances over time by status' })).toHaveTextContent(
      /Covers 100 of about [\d,]+ instances in range|All [\d,]+ instances in range/,
    );
  });
});
