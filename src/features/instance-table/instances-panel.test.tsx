import type { InfiniteData } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InstanceSummary } from '../../../contract/instances.ts';
import { SIMULATOR_BASE_URL } from '../../../simulator/index.ts';
import { type InstanceRow, toInstanceRows } from '../../api/instance-list/instance-rows.ts';
import { type MergedPage, mergedRows } from '../../api/instance-list/merged-pages.ts';
import { instanceListKeys } from '../../api/instance-list/queries.ts';
import { parseCsv } from '../../lib/csv.ts';
import { COLUMN_IDS, type ColumnId } from '../../lib/url-state/view-state.ts';
import { server, TEST_NOW, testSimulator } from '../../testing/msw-server.ts';
import { PanelHarness, type UrlChange } from '../../testing/panel-harness.tsx';
import { renderWithClient } from '../../testing/render.tsx';
import { listAllInstances } from '../../testing/simulator-rows.ts';
import { EXPORT_FIELDS } from './export/export-instances.ts';
import { COLUMN_LABELS, ROW_HEIGHT } from './table/columns.tsx';
import { sortRows } from './table/sort-rows.ts';

const ACCOUNT = testSimulator.accountId;
const WORKFLOW = 'order-fulfilment';

const apiRows = (workflow: string, query: Record<string, string>) =>
  listAllInstances(testSimulator, workflow, query);

async function workflowCounts(workflow: string): Promise<Record<string, number>> {
  const url = `${SIMULATOR_BASE_URL}/accounts/${ACCOUNT}/workflows/${workflow}`;
  return (await (await testSimulator.fetch(new Request(url))).json()).result.instances;
}

function renderPanel(initial: Record<string, string> = {}, workflowName = WORKFLOW) {
  const changes: UrlChange[] = [];
  const opened: string[] = [];
  const utils = renderWithClient(
    <PanelHarness
      accountId={ACCOUNT}
      workflowName={workflowName}
      initial={initial}
      changes={changes}
      opened={opened}
    />,
  );
  return { ...utils, changes, opened };
}

const grid = (workflow = WORKFLOW) => screen.findByRole('grid', { name: `Instances of ${workflow}` });

/** Ids of the rendered (virtualized) rows, top to bottom. */
function renderedIds(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]?.textContent?.replace(/[⧉✓]$/, '') ?? '');
}

function cachedRows(queryClient: ReturnType<typeof renderPanel>['queryClient']): InstanceSummary[] {
  const entries = queryClient.getQueriesData<InfiniteData<MergedPage>>({
    queryKey: instanceListKeys.all(ACCOUNT, WORKFLOW),
  });
  const merged = entries.find(([key]) => key.includes('merged'))?.[1];
  return merged ? mergedRows(merged.pages) : [];
}

beforeEach(() => {
  // Relative ranges resolve against the simulator's clock.
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW });
});
afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

describe('InstancesPanel', () => {
  it('shows the newest instances of the workflow first, with an honest scope line', async () => {
    renderPanel();
    const table = await grid();
    const expected = (await apiRows(WORKFLOW, {})).slice(0, 5).map((row) => row.id);
    await waitFor(() => expect(renderedIds(table).slice(0, 5)).toEqual(expected));
    expect(screen.getByText('100 loaded instances of this range.')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Created' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('sorts by every column from its header, both directions, stable, and writes the URL', async () => {
    const user = userEvent.setup();
    const { changes } = renderPanel({ cols: COLUMN_IDS.join(',') });
    const table = await grid();
    await waitFor(() => expect(renderedIds(table).length).toBeGreaterThan(5));
    const loaded = toInstanceRows((await apiRows(WORKFLOW, {})).slice(0, 100));
    for (const column of COLUMN_IDS) {
      const header = within(table).getByRole('columnheader', { name: COLUMN_LABELS[column] });
      for (let click = 0; click < 2; click++) {
        await user.click(within(header).getByRole('button'));
        const sort = changes.at(-1)?.search.sort ?? '-created_on';
        const desc = sort.startsWith('-');
        expect(sort.replace(/^-/, '')).toBe(column);
        expect(header).toHaveAttribute('aria-sort', desc ? 'descending' : 'ascending');
        const expected = sortRows(loaded, { column: column as ColumnId, desc }, TEST_NOW)
          .slice(0, 8)
          .map((row: InstanceRow) => row.id);
        await waitFor(() => expect(renderedIds(table).slice(0, 8)).toEqual(expected));
      }
    }
    expect(
      screen.getByText(/Sorted by version among 100 loaded instances of this range\./),
    ).toBeInTheDocument();
  }, 30_000);

  it('merges two statuses into one newest-first list, without duplicates, counting both in full', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderPanel({ status: 'errored,complete' });
    await grid();
    await user.click(screen.getByRole('button', { name: 'Load all in range' }));
    const counts = await workflowCounts(WORKFLOW);
    const total = (counts.errored ?? 0) + (counts.complete ?? 0);
    await screen.findByText(
      `End of list: ${total.toLocaleString('en-US')} instances in this range`,
      {},
      { timeout: 10_000 },
    );
    const rows = cachedRows(queryClient);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row.id)).size).toBe(total);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['errored', 'complete']));
    for (let i = 1; i < rows.length; i++) {
      expect(Date.parse((rows[i - 1] as InstanceSummary).created_on)).toBeGreaterThanOrEqual(
        Date.parse((rows[i] as InstanceSummary).created_on),
      );
    }
  });

  it('fetches only the chosen range', async () => {
    const { queryClient } = renderPanel({ range: '24h' });
    const table = await grid();
    await waitFor(() => expect(renderedIds(table).length).toBeGreaterThan(0));
    const rows = cachedRows(queryClient);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const created = Date.parse(row.created_on);
      expect(created).toBeGreaterThanOrEqual(TEST_NOW - 86_400_000);
      expect(created).toBeLessThanOrEqual(TEST_NOW);
    }
    expect(screen.getByRole('button', { name: 'Last 24 hours' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('fetches only a custom from/to range', async () => {
    const from = '2026-11-10T00:00:00Z';
    const to = '2026-11-12T00:00:00Z';
    const { queryClient } = renderPanel({ from, to });
    await screen.findByText(/End of list/);
    const rows = cachedRows(queryClient);
    expect(rows.map((row) => row.id)).toEqual(
      (await apiRows(WORKFLOW, { date_start: '2026-11-10T00:00:00', date_end: '2026-11-12T00:00:00' })).map(
        (r) => r.id,
      ),
    );
    for (const row of rows) {
      expect(Date.parse(row.created_on)).toBeGreaterThanOrEqual(Date.parse(from));
      expect(Date.parse(row.created_on)).toBeLessThanOrEqual(Date.parse(to));
    }
  });

  it('filters by id substring and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { changes } = renderPanel();
    const table = await grid();
    await waitFor(() => expect(renderedIds(table).length).toBeGreaterThan(0));
    const target = renderedIds(table)[3] ?? '';
    const needle = target.slice(-6);
    await user.type(screen.getByRole('searchbox', { name: 'Search instance id' }), needle);
    await waitFor(() => expect(renderedIds(table)).toContain(target));
    for (const id of renderedIds(table)) expect(id.toLowerCase()).toContain(needle.toLowerCase());
    expect(changes.at(-1)).toEqual({ search: { q: needle }, replace: true });
  });

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
