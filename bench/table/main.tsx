import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/styles.css';
import { toInstanceRows } from '../../src/api/instance-list/instance-rows.ts';
import { InstanceTableView } from '../../src/features/instance-table/table/instance-table-view.tsx';
import { COLUMN_IDS, type ColumnId, type SortState } from '../../src/lib/url-state/view-state.ts';
import { syntheticInstances } from './synthetic-rows.ts';

/**
 * Mounts the real instance table with N synthetic rows and exposes measurements to the bench runner:
 * window.tableBench.{prepare, mount, sort, scroll}. Each figure is synchronous work (render + commit + layout).
 */
const NOW = Date.parse('2026-11-20T12:00:00Z');
let setSortFromOutside: (sort: SortState) => void = () => {};
let setNowFromOutside: (now: number) => void = () => {};
let clock = NOW;

function Harness({ rows }: { rows: ReturnType<typeof toInstanceRows> }) {
  const [sort, setSort] = useState<SortState>({ column: 'created_on', desc: true });
  setSortFromOutside = setSort;
  const [now, setNow] = useState(NOW);
  setNowFromOutside = setNow;
  return (
    <InstanceTableView
      workflowName="bench"
      rows={rows}
      sort={sort}
      columns={COLUMN_IDS}
      tz="utc"
      now={now}
      onSortChange={setSort}
      height={800}
    />
  );
}

function scroller(): HTMLElement {
  const grid = document.querySelector('[role="grid"]');
  const element = grid?.parentElement;
  if (!element) throw new Error('table not mounted');
  return element;
}

const renderedRows = () =>
  document.querySelectorAll('[role="row"][aria-rowindex]:not([aria-rowindex="1"])').length;
const forceLayout = () => scroller().getBoundingClientRect().height + document.body.offsetHeight;
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

let prepared: ReturnType<typeof toInstanceRows> = [];

const api = {
  /**
   * Builds the rows (as the app does when pages arrive). A separate step from `mount`: in the app the rows
   * were loaded before the table mounts (coming back to it from an instance), so their garbage is not the
   * render's.
   */
  prepare(count: number) {
    const summaries = syntheticInstances(count, NOW);
    const t0 = performance.now();
    prepared = toInstanceRows(summaries);
    return { prepareMs: performance.now() - t0 };
  },
  /** Renders the table over the prepared rows, up to the first layout; ms and the rows in the DOM. */
  mount() {
    const container = document.getElementById('root');
    if (!container) throw new Error('no root');
    const t0 = performance.now();
    const root = createRoot(container);
    flushSync(() => root.render(<Harness rows={prepared} />));
    forceLayout();
    return { renderMs: performance.now() - t0, domRows: renderedRows() };
  },
  sort(column: ColumnId, desc: boolean) {
    const t0 = performance.now();
    flushSync(() => setSortFromOutside({ column, desc }));
    forceLayout();
    return performance.now() - t0;
  },
  /** The app's clock ticks once a second (relative times, live durations): ms to re-render for one tick. */
  tick() {
    clock += 1000;
    const t0 = performance.now();
    flushSync(() => setNowFromOutside(clock));
    forceLayout();
    return performance.now() - t0;
  },
  /** Scrolls `frames` steps of `step` px, one per animation frame; per-frame work and DOM rows. */
  async scroll(frames: number, step: number) {
    const element = scroller();
    const work: number[] = [];
    const deltas: number[] = [];
    let maxRows = 0;
    let last = await nextFrame();
    for (let i = 0; i < frames; i++) {
      const t0 = performance.now();
      element.scrollTop += step;
      element.dispatchEvent(new Event('scroll'));
      forceLayout();
      work.push(performance.now() - t0);
      maxRows = Math.max(maxRows, renderedRows());
      const now = await nextFrame();
      deltas.push(now - last);
      last = now;
    }
    return { work, deltas, maxRows, scrollTop: element.scrollTop };
  },
};

declare global {
  interface Window {
    tableBench: typeof api;
  }
}
window.tableBench = api;
