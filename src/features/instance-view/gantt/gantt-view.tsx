import { type KeyboardEvent, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { formatDuration } from '../../../lib/format-time.ts';
import { GanttToolbar } from './gantt-toolbar.tsx';
import { cellId, GanttTreeRow } from './gantt-tree-row.tsx';
import { type GanttFilters, searchMatches, visibleRowIndices } from './model/filters.ts';
import type { GanttModel } from './model/types.ts';
import type { TickZone } from './scale/tick-format.ts';
import { buildTimeAxis, busyIntervals } from './scale/time-axis.ts';
import type { TimeWindow } from './scale/view-window.ts';
import { AXIS_HEIGHT, type GanttSelection, LABEL_WIDTH, OVERVIEW_HEIGHT, ROW_HEIGHT } from './selection.ts';
import { useBrushDrag } from './use-brush-drag.ts';
import { useChartControls } from './use-chart-controls.ts';
import { useGanttPaint } from './use-gantt-paint.ts';
import { useRowWindow } from './use-row-window.ts';
import { useViewWindow } from './use-view-window.ts';

export interface GanttViewProps {
  model: GanttModel;
  /** Visible window in real ms since queued (`win=`); null fits the whole instance. */
  window: TimeWindow | null;
  /** Idle folding (`fold=0` turns it off). */
  fold: boolean;
  /** `step` + `attempt`. */
  selection: GanttSelection | null;
  /** `kinds`, `only`, `q`. */
  filters: GanttFilters;
  /** Height of the rows viewport in px. */
  height?: number;
  zone?: TickZone;
  /** Called once a zoom or pan comes to rest (debounced), and at once for fit and jumps. */
  onWindowChange: (window: TimeWindow) => void;
  onSelect: (selection: GanttSelection | null) => void;
  onFoldChange: (fold: boolean) => void;
  onFiltersChange: (filters: GanttFilters) => void;
}

/** Binary search: the position of model row `index` among the visible rows, or -1. */
function positionOf(visible: Int32Array, index: number): number {
  let lo = 0;
  let hi = visible.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = visible[mid] ?? 0;
    if (v === index) return mid;
    if (v < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * The instance's Gantt: a canvas of every attempt on an idle-folding time axis, an overview with a brush, and a
 * parallel virtualized treegrid (the accessible source of truth: a row per step, a cell per attempt). Controlled:
 * the route keeps window, fold, selection and filters in the URL.
 */
export function GanttView(props: GanttViewProps) {
  const { model, fold, filters, selection, zone = 'local' } = props;
  const height = props.height ?? 480;
  const axis = useMemo(() => buildTimeAxis(busyIntervals(model), model.extent, { fold }), [model, fold]);
  const visible = useMemo(() => visibleRowIndices(model.rows, filters), [model.rows, filters]);
  const matches = useMemo(
    () => searchMatches(model.rows, visible, filters.q),
    [model.rows, visible, filters.q],
  );
  const selectedRow = selection ? (model.byKey.get(selection.key) ?? -1) : -1;
  const selectedPos = positionOf(visible, selectedRow);
  const selectedAttempt = selection?.attempt ?? null;

  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<HTMLCanvasElement>(null);
  const axisRef = useRef<HTMLCanvasElement>(null);
  const overviewRef = useRef<HTMLCanvasElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  // The chart's width, measured outside React: its first paint and every resize repaint without a render.
  const widthRef = useRef(0);

  const refs = useMemo(
    () => ({ scroll: scrollRef, chart: chartRef, axis: axisRef, overview: overviewRef }),
    [],
  );
  const windowHolder = useRef<TimeWindow>([0, 1]);
  const { paint, schedule } = useGanttPaint(
    refs,
    { model, axis, visible, selectedRow, selectedAttempt, zone, height },
    windowHolder,
    widthRef,
  );
  const { windowRef, setWindow } = useViewWindow(axis, props.window, props.onWindowChange, schedule);
  windowHolder.current = windowRef.current;
  const setAndTrack = useCallback(
    (next: TimeWindow, immediate?: boolean) => {
      setWindow(next, immediate);
      windowHolder.current = next;
    },
    [setWindow],
  );

  const rows = useRowWindow(scrollRef, visible.length, ROW_HEIGHT, height);

  const controls = useChartControls({
    model,
    axis,
    visible,
    matches,
    selectedPos,
    widthRef,
    windowRef: windowHolder,
    setWindow: setAndTrack,
    scrollRef,
    chartRef,
    tooltipRef,
    onSelect: props.onSelect,
    scrollToRow: (p) => rows.scrollToRow(p, 'auto'),
  });
  useBrushDrag(overviewRef, axis, windowHolder, setAndTrack);

  // A pasted link to a step deep in the log opens with that row in view.
  const initialPos = useRef(selectedPos);
  const { scrollToRow } = rows;
  useEffect(() => {
    if (initialPos.current > 0) scrollToRow(initialPos.current, 'center');
  }, [scrollToRow]);

  // Measured before the first paint below (layout effects run in order), so the first bars come with the
  // first render; a resize repaints within its own frame (an observer's callback runs before that paint).
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const measure = () => {
      const next = Math.max(200, (root.clientWidth || 1200) - LABEL_WIDTH - 16);
      if (next === widthRef.current) return false;
      widthRef.current = next;
      return true;
    };
    measure();
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => measure() && paint());
    observer?.observe(root);
    return () => observer?.disconnect();
  }, [paint]);

  // Paint synchronously after every React render (model, filters, selection); zoom/pan paint on rAF.
  useLayoutEffect(() => {
    windowHolder.current = windowRef.current;
    paint();
  });

  const onSelectCell = useCallback(
    (key: string, attempt: number | null) => props.onSelect({ key, attempt }),
    [props.onSelect],
  );
  const onGridKey = (event: KeyboardEvent<HTMLDivElement>) => controls.gridKey(event, selectedAttempt);

  return (
    <section
      ref={rootRef}
      aria-label={`Gantt chart of ${model.rows.length} steps`}
      className="flex flex-col text-slate-900"
    >
      <GanttToolbar
        fold={fold}
        filters={filters}
        matches={matches.length}
        onFit={controls.fit}
        onNext={controls.jump}
        onMatch={controls.match}
        onFoldChange={props.onFoldChange}
        onFiltersChange={props.onFiltersChange}
      />
      <p className="py-1 text-xs text-slate-600">
        Showing{' '}
        {props.window
          ? `${formatDuration(props.window[0])} to ${formatDuration(props.window[1])} after queued`
          : 'the whole instance'}
      </p>
      <div className="flex" style={{ paddingLeft: LABEL_WIDTH }}>
        <div className="flex flex-col">
          <canvas
            ref={overviewRef}
            role="img"
            aria-label="Overview: drag the brush to move the visible window"
            className="cursor-grab"
            style={{ height: OVERVIEW_HEIGHT }}
          />
          <canvas ref={axisRef} style={{ height: AXIS_HEIGHT }} />
        </div>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this is the chart's focus target */}
      <div
        ref={scrollRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the chart takes focus for W/S/A/D, e, r, f
        tabIndex={0}
        role="group"
        aria-label="Gantt chart: Ctrl+wheel zooms, Shift+wheel pans, W/S zoom, A/D pan, e next error, r next retry, f fit"
        className="relative overflow-auto overscroll-contain border-t border-slate-200 focus:outline-2 focus:outline-sky-500"
        style={{ height }}
        onScroll={() => {
          rows.onScroll();
          schedule();
        }}
      >
        <div className="relative" style={{ height: Math.max(rows.totalHeight, height) }}>
          <canvas
            ref={chartRef}
            className="sticky top-0 block cursor-grab"
            style={{ marginLeft: LABEL_WIDTH, height }}
          />
          <div
            role="treegrid"
            aria-label="Steps and attempts"
            aria-rowcount={visible.length}
            aria-activedescendant={selectedPos >= 0 ? cellId(selectedPos, selectedAttempt) : undefined}
            tabIndex={0}
            onKeyDown={onGridKey}
            className="absolute top-0 left-0"
            style={{ width: LABEL_WIDTH, height: rows.totalHeight }}
          >
            {rows.map((position) => {
              const row = model.rows[visible[position] ?? 0];
              if (!row) return null;
              return (
                <GanttTreeRow
                  key={row.index}
                  row={row}
                  position={position}
                  top={position * ROW_HEIGHT}
                  selected={position === selectedPos}
                  selectedAttempt={position === selectedPos ? selectedAttempt : null}
                  now={model.now}
                  onSelect={onSelectCell}
                />
              );
            })}
          </div>
        </div>
        <div
          ref={tooltipRef}
          aria-hidden="true"
          className="pointer-events-none fixed z-10 hidden max-w-sm rounded bg-slate-900 px-2 py-1 text-xs text-white"
        />
      </div>
    </section>
  );
}
