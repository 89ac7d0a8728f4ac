import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { InstanceSummary } from '../../../contract/instances.ts';
import { type InstanceRow, toInstanceRows } from '../../api/instance-list/instance-rows.ts';
import { COLUMN_IDS, type ColumnId } from '../../lib/url-state/view-state.ts';
import { TEST_NOW } from '../../testing/msw-server.ts';
import {
  apiRows,
  cachedRows,
  grid,
  renderedIds,
  renderPanel,
  WORKFLOW,
  withPanelClock,
  workflowCounts,
} from '../../testing/panel-helpers.tsx';
import { COLUMN_LABELS } from './table/columns.tsx';
import { sortRows } from './table/sort-rows.ts';

withPanelClock();

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
    expect(screen.getByRole('button', { name: '24h (Last 24 hours)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
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
});
