import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InstanceSummary } from '../../../../contract/instances.ts';
import { toInstanceRows } from '../../../api/instance-list/instance-rows.ts';
import { DEFAULT_VIEW } from '../../../lib/url-state/view-state.ts';
import { ROW_HEIGHT } from './columns.tsx';
import { InstanceTableView, type InstanceTableViewProps } from './instance-table-view.tsx';

const NOW = Date.UTC(2026, 10, 20, 12);

function summaries(count: number, offset = 0): InstanceSummary[] {
  return Array.from({ length: count }, (_, i) => {
    const k = i + offset;
    return {
      id: `inst-${String(100_000 - k).padStart(6, '0')}`,
      status: k % 5 === 0 ? 'running' : 'complete',
      created_on: new Date(NOW - k * 1000).toISOString(),
      started_on: new Date(NOW - k * 1000 + 200).toISOString(),
      ended_on: k % 5 === 0 ? null : new Date(NOW - k * 500).toISOString(),
      modified_on: new Date(NOW - k * 400).toISOString(),
      trigger_source: 'api',
      version_id: 'b7d4c3a2-0000-4000-8000-000000000001',
    };
  });
}

/** A viewport whose height a test can change, told to observers as a browser's ResizeObserver would. */
function resizableViewport(initial: number) {
  let height = initial;
  const callbacks = new Set<() => void>();
  class FakeResizeObserver {
    private readonly notify: () => void;
    constructor(callback: () => void) {
      this.notify = () => callback();
    }
    observe() {
      callbacks.add(this.notify);
    }
    unobserve() {
      callbacks.delete(this.notify);
    }
    disconnect() {
      callbacks.delete(this.notify);
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  // What the virtualizer reads of its viewport.
  const rect = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => height);
  return {
    resize(next: number) {
      height = next;
      act(() => {
        for (const callback of callbacks) callback();
      });
    },
    restore() {
      rect.mockRestore();
      vi.unstubAllGlobals();
    },
  };
}

function view(props: Partial<InstanceTableViewProps> & Pick<InstanceTableViewProps, 'rows'>) {
  return (
    <InstanceTableView
      workflowName="demo"
      sort={DEFAULT_VIEW.sort}
      columns={DEFAULT_VIEW.columns}
      tz="utc"
      now={NOW}
      {...props}
    />
  );
}

describe('InstanceTableView', () => {
  it('renders 50,000 rows with at most a few hundred row elements', () => {
    const rows = toInstanceRows(summaries(50_000));
    render(view({ rows }));
    const grid = screen.getByRole('grid', { name: 'Instances of demo' });
    expect(grid).toHaveAttribute('aria-rowcount', '50001');
    const rendered = within(grid).getAllByRole('row');
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(200);
  });

  it('reuses row elements while scrolling and gives assistive technology the rows in order', () => {
    const rows = toInstanceRows(summaries(1_000));
    render(view({ rows }));
    const grid = screen.getByRole('grid', { name: 'Instances of demo' });
    const scroller = grid.parentElement as HTMLElement;
    const body = within(grid).getAllByRole('rowgroup')[1] as HTMLElement;
    act(() => {
      scroller.scrollTop = 100 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    const before = within(body).getAllByRole('row');
    act(() => {
      scroller.scrollTop = 503 * ROW_HEIGHT + 10;
      fireEvent.scroll(scroller);
    });
    const after = within(body).getAllByRole('row');
    // The same elements, in the same DOM order, now showing other instances.
    expect(after).toEqual(before);
    const owned = (body.getAttribute('aria-owns') ?? '').split(' ').map((id) => document.getElementById(id));
    expect(owned).toHaveLength(after.length);
    const indexes = owned.map((row) => Number(row?.getAttribute('aria-rowindex')) - 2);
    expect(indexes[0]).toBeLessThanOrEqual(503);
    expect(indexes).toEqual(indexes.map((_, i) => (indexes[0] ?? 0) + i));
    // Each row shows the instance at its index.
    for (const row of owned) {
      const index = Number(row?.getAttribute('aria-rowindex')) - 2;
      expect(row?.querySelector('a')?.textContent).toBe(rows[index]?.id);
    }
    expect(indexes).toContain(503);
  });

  it('keeps every row element when the window grows or shrinks', () => {
    const viewport = resizableViewport(600);
    try {
      const rows = toInstanceRows(summaries(1_000));
      render(view({ rows }));
      const grid = screen.getByRole('grid', { name: 'Instances of demo' });
      const scroller = grid.parentElement as HTMLElement;
      act(() => {
        scroller.scrollTop = 200 * ROW_HEIGHT;
        fireEvent.scroll(scroller);
      });
      const byIndex = () =>
        new Map(
          within(grid)
            .getAllByRole('row')
            .map((row) => [row.getAttribute('aria-rowindex'), row]),
        );
      const before = byIndex();
      viewport.resize(900);
      const taller = byIndex();
      expect(taller.size).toBeGreaterThan(before.size);
      for (const [index, row] of before) expect(taller.get(index)).toBe(row);
      viewport.resize(400);
      const shorter = byIndex();
      expect(shorter.size).toBeLessThan(before.size);
      for (const [index, row] of shorter) expect(row).toBe(taller.get(index));
    } finally {
      viewport.restore();
    }
  });

  it('asks for more rows when scrolled near the end', () => {
    const onNearEnd = vi.fn();
    const rows = toInstanceRows(summaries(300));
    render(view({ rows, onNearEnd }));
    const grid = screen.getByRole('grid', { name: 'Instances of demo' });
    const scroller = grid.parentElement as HTMLElement;
    expect(onNearEnd).not.toHaveBeenCalled();
    act(() => {
      scroller.scrollTop = 280 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    expect(onNearEnd).toHaveBeenCalled();
  });

  it('keeps the rows in view when new ones arrive above, and counts them in a pill', () => {
    const rows = toInstanceRows(summaries(300, 10));
    const { rerender } = render(view({ rows }));
    const grid = screen.getByRole('grid', { name: 'Instances of demo' });
    const scroller = grid.parentElement as HTMLElement;
    act(() => {
      scroller.scrollTop = 50 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    const withNew = toInstanceRows([...summaries(3, 7), ...summaries(300, 10)]);
    rerender(view({ rows: withNew }));
    expect(scroller.scrollTop).toBe(53 * ROW_HEIGHT);
    const pill = screen.getByRole('button', { name: '3 new instances' });
    act(() => pill.click());
    expect(screen.queryByRole('button', { name: /new instance/ })).not.toBeInTheDocument();
  });

  it('shows times in UTC on hover and durations growing for running instances', () => {
    const rows = toInstanceRows(summaries(5));
    render(view({ rows }));
    const first = screen.getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getAllByText('just now')[0]).toHaveAttribute('title', '2026-11-20 12:00:00 UTC');
    expect(
      within(first).getByRole('button', { name: `Copy instance id ${rows[0]?.id}` }),
    ).toBeInTheDocument();
  });
});
