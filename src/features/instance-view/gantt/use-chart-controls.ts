import type { KeyboardEvent, RefObject } from 'react';
import { useRef } from 'react';
import { type JumpTarget, nextRowWith } from './model/filters.ts';
import { attemptLabel, rowSummary } from './model/labels.ts';
import type { GanttModel } from './model/types.ts';
import { hitTest } from './render/hit-test.ts';
import { type TimeAxis, viewScale } from './scale/time-axis.ts';
import { fitWindow, panWindow, revealWindow, type TimeWindow, zoomWindow } from './scale/view-window.ts';
import { type GanttSelection, ROW_HEIGHT } from './selection.ts';
import { useChartInput } from './use-chart-input.ts';

interface Options {
  model: GanttModel;
  axis: TimeAxis;
  visible: Int32Array;
  matches: readonly number[];
  selectedPos: number;
  /** The chart's width in px, measured outside React (a resize repaints without rendering). */
  widthRef: RefObject<number>;
  windowRef: RefObject<TimeWindow>;
  setWindow: (window: TimeWindow, immediate?: boolean) => void;
  scrollRef: RefObject<HTMLDivElement | null>;
  chartRef: RefObject<HTMLCanvasElement | null>;
  tooltipRef: RefObject<HTMLDivElement | null>;
  onSelect: (selection: GanttSelection | null) => void;
  scrollToRow: (position: number) => void;
}

const KEY_ZOOM = 0.8;
const KEY_PAN = 0.2;

/** What the toolbar, the keys, the mouse and the treegrid do to the window and the selection. */
export function useChartControls(o: Options) {
  const dragStart = useRef<TimeWindow | null>(null);
  const { model, axis, visible } = o;

  const rowAt = (p: number) => model.rows[visible[p] ?? -1];
  const select = (p: number, attempt: number | null, reveal: boolean) => {
    const row = rowAt(p);
    if (!row) return;
    o.onSelect({ key: row.key, attempt });
    o.scrollToRow(p);
    if (!reveal) return;
    const bar = attempt === null ? null : row.attempts[attempt - 1];
    const from = bar?.start ?? row.start ?? row.markerAt;
    const to = bar ? (bar.backoff?.to ?? bar.end ?? from) : (row.end ?? from);
    if (from !== undefined && from !== null)
      o.setWindow(revealWindow(axis, o.windowRef.current, from, to ?? from), true);
  };

  const jump = (target: JumpTarget) => {
    const p = nextRowWith(model.rows, visible, o.selectedPos, target);
    const row = rowAt(p);
    if (!row) return;
    const index = row.attempts.findIndex((a) => a.outcome === 'failed');
    select(p, index >= 0 ? index + 1 : null, true);
  };

  const controls = {
    fit: () => o.setWindow(fitWindow(axis), true),
    jump,
    match: (direction: 1 | -1) => {
      if (o.matches.length === 0) return;
      const after = o.matches.findIndex((p) => (direction > 0 ? p > o.selectedPos : p >= o.selectedPos));
      const k =
        direction > 0 ? Math.max(after, 0) : Math.max(after, 0) === 0 ? o.matches.length - 1 : after - 1;
      select(o.matches[k] ?? 0, null, true);
    },
    gridKey: (event: KeyboardEvent<HTMLElement>, attempt: number | null) => {
      const p = o.selectedPos;
      const row = rowAt(p);
      const move = gridMove(event.key, p, attempt, row?.attempts.length ?? 0, visible.length);
      if (move === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      if (move === null) o.onSelect(null);
      else select(move.p, move.attempt, move.attempt !== null || move.p === p);
    },
  };

  const tooltip = (text: string | null, clientX = 0, clientY = 0) => {
    const tip = o.tooltipRef.current;
    if (!tip) return;
    if (!text) {
      tip.style.display = 'none';
      return;
    }
    tip.textContent = text;
    tip.style.display = 'block';
    tip.style.left = `${clientX + 12}px`;
    tip.style.top = `${clientY + 12}px`;
  };
  const hit = (x: number, y: number) =>
    hitTest(
      model,
      visible,
      ROW_HEIGHT,
      o.scrollRef.current?.scrollTop ?? 0,
      viewScale(axis, o.windowRef.current, o.widthRef.current),
      x,
      y,
    );

  useChartInput(o.scrollRef, o.chartRef, {
    zoom: (factor, anchor) => o.setWindow(zoomWindow(axis, o.windowRef.current, factor, anchor)),
    pan: (fraction) => o.setWindow(panWindow(axis, o.windowRef.current, fraction)),
    drag: (phase, dx) => {
      if (phase === 'start') dragStart.current = o.windowRef.current;
      const start = dragStart.current ?? o.windowRef.current;
      o.setWindow(panWindow(axis, start, -dx / Math.max(o.widthRef.current, 1)), phase === 'end');
    },
    click: (x, y) => {
      const h = hit(x, y);
      const row = h ? model.rows[h.row] : undefined;
      if (row && h) o.onSelect({ key: row.key, attempt: h.attempt });
    },
    hover: (x, y, clientX, clientY) => {
      const h = hit(x, y);
      const row = h ? model.rows[h.row] : undefined;
      const attempt = h?.attempt ? row?.attempts[h.attempt - 1] : undefined;
      if (!row) return tooltip(null);
      tooltip(
        attempt ? attemptLabel(row, attempt, model.now) : `${row.name}, ${rowSummary(row)}`,
        clientX,
        clientY,
      );
    },
    leave: () => tooltip(null),
    key: (key) => {
      if (key === 'zoomIn' || key === 'zoomOut')
        o.setWindow(zoomWindow(axis, o.windowRef.current, key === 'zoomIn' ? KEY_ZOOM : 1 / KEY_ZOOM));
      else if (key === 'left' || key === 'right')
        o.setWindow(panWindow(axis, o.windowRef.current, key === 'left' ? -KEY_PAN : KEY_PAN));
      else if (key === 'fit') controls.fit();
      else jump(key === 'nextError' ? 'error' : 'retry');
    },
  });

  return controls;
}

/** Treegrid keys: arrows move between rows and attempt cells, Home/End, Escape clears (null). */
function gridMove(
  key: string,
  p: number,
  attempt: number | null,
  attempts: number,
  rows: number,
): { p: number; attempt: number | null } | null | undefined {
  switch (key) {
    case 'ArrowDown':
      return { p: Math.min(rows - 1, p + 1), attempt: null };
    case 'ArrowUp':
      return { p: Math.max(0, p - 1), attempt: null };
    case 'Home':
      return { p: 0, attempt: null };
    case 'End':
      return { p: rows - 1, attempt: null };
    case 'ArrowRight':
      return { p, attempt: Math.min(attempts, (attempt ?? 0) + 1) || null };
    case 'ArrowLeft':
      return { p, attempt: attempt !== null && attempt > 1 ? attempt - 1 : null };
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}
