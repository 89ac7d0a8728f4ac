import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { InstanceSummary } from '../../../contract/instances.ts';
import { parseCsv } from '../../lib/csv.ts';
import { server } from '../../testing/msw-server.ts';
import { PanelHarness } from '../../testing/panel-harness.tsx';
import {
  ACCOUNT,
  apiRows,
  cachedRows,
  grid,
  renderedIds,
  renderPanel,
  WORKFLOW,
  withPanelClock,
  workflowCounts,
} from '../../testing/panel-helpers.tsx';
import { EXPORT_FIELDS } from './export/export-instances.ts';
import { ROW_HEIGHT } from './table/columns.tsx';

withPanelClock();

describe('InstancesPanel: paging, coming back, keys and export', () => {
  it('loads the next page when scrolled near the end', async () => {
    renderPanel();
    const table = await grid();
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '101'));
    expect(screen.getByText('Scroll for more')).toBeInTheDocument();
    const scroller = table.parentElement as HTMLElement;
    act(() => {
      scroller.scrollTop = 95 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '201'));
    expect(screen.getByText('200 loaded instances of this range.')).toBeInTheDocument();
  });

  it('shows the end-of-list marker once both status streams are exhausted', async () => {
    const { queryClient } = renderPanel({ status: 'errored,terminated' });
    const counts = await workflowCounts(WORKFLOW);
    const total = (counts.errored ?? 0) + (counts.terminated ?? 0);
    await screen.findByText(`End of list: ${total} instances in this range`);
    expect(cachedRows(queryClient)).toHaveLength(total);
  });

  it('comes back from an instance where it was: same rows from the cache, same scroll offset', async () => {
    // A range in the past: no live refresh, so any request would be a page refetched instead of cached.
    const search = { sort: '-duration', from: '2026-11-01T00:00:00Z', to: '2026-11-15T00:00:00Z' };
    const { unmount, queryClient } = renderPanel(search);
    const table = await grid();
    await waitFor(() => expect(renderedIds(table).length).toBeGreaterThan(5));
    const scroller = table.parentElement as HTMLElement;
    act(() => {
      scroller.scrollTop = 40 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(sessionStorage.length).toBe(1));
    const before = renderedIds(table);
    unmount();
    let requests = 0;
    const count = () => {
      requests++;
    };
    server.events.on('request:start', count);
    render(
      <QueryClientProvider client={queryClient}>
        <PanelHarness accountId={ACCOUNT} workflowName={WORKFLOW} initial={search} />
      </QueryClientProvider>,
    );
    const again = await grid();
    expect((again.parentElement as HTMLElement).scrollTop).toBe(40 * ROW_HEIGHT);
    expect(renderedIds(again)).toEqual(before);
    server.events.removeListener('request:start', count);
    expect(requests).toBe(0);
  });

  it('moves the selection with j/k and arrows and opens it with Enter; / focuses the search', async () => {
    const user = userEvent.setup();
    const { opened } = renderPanel();
    const table = await grid();
    await waitFor(() => expect(renderedIds(table).length).toBeGreaterThan(3));
    const ids = renderedIds(table);
    table.focus();
    await user.keyboard('jj{ArrowDown}k');
    const selected = within(table)
      .getAllByRole('row')
      .find((row) => row.getAttribute('aria-selected') === 'true');
    expect(selected).toBeDefined();
    expect(renderedIds(table)[1]).toBe(ids[1]);
    await user.keyboard('{Enter}');
    expect(opened).toEqual([ids[1]]);
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search instance id' })).toHaveFocus();
  });

  it('exports the filtered view of the whole range as CSV equal to the API rows', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderPanel({ status: 'terminated,errored' });
    await grid();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    click.mockRestore();
    const [header, ...lines] = parseCsv(await (blobs[0] as Blob).text());
    expect(header).toEqual([...EXPORT_FIELDS]);
    const expected = [
      ...(await apiRows(WORKFLOW, { status: 'errored' })),
      ...(await apiRows(WORKFLOW, { status: 'terminated' })),
    ].sort((a, b) => Date.parse(b.created_on) - Date.parse(a.created_on) || (a.id < b.id ? 1 : -1));
    expect(lines.map((line) => line[0]).sort()).toEqual(expected.map((row) => row.id).sort());
    const byId = new Map(expected.map((row) => [row.id, row]));
    for (const line of lines) {
      const row = byId.get(line[0] ?? '') as InstanceSummary;
      expect(line).toEqual(EXPORT_FIELDS.map((field) => String(row[field] ?? '')));
    }
    expect(names[0]).toMatch(/^order-fulfilment-instances-errored\+terminated-20261120T120000Z\.csv$/);
  });
});
