import type { TimeAxis } from './time-axis.ts';

/** The visible window, real milliseconds since queued: what `win=<start>,<end>` carries. */
export type TimeWindow = readonly [number, number];

/** The narrowest window: 1 ms (of compact axis; 1 ms of real time outside folded gaps). */
const MIN_SPAN = 1;
const MARGIN = 0.02;

function clampC(axis: TimeAxis, c0: number, c1: number): [number, number] {
  const lo = -axis.total * MARGIN;
  const hi = axis.total * (1 + MARGIN);
  let span = Math.min(Math.max(c1 - c0, MIN_SPAN), hi - lo);
  if (!Number.isFinite(span)) span = hi - lo;
  let a = c0;
  if (a < lo) a = lo;
  if (a + span > hi) a = hi - span;
  return [a, a + span];
}

function toWindow(axis: TimeAxis, [c0, c1]: [number, number]): TimeWindow {
  return [axis.fromC(c0), axis.fromC(c1)];
}

/** Everything, with a small margin either side. */
export function fitWindow(axis: TimeAxis): TimeWindow {
  return toWindow(axis, clampC(axis, -axis.total * MARGIN, axis.total * (1 + MARGIN)));
}

/** Zooms by `factor` (< 1 zooms in) keeping the point at `anchor` (0..1 across the chart) still. */
export function zoomWindow(axis: TimeAxis, window: TimeWindow, factor: number, anchor = 0.5): TimeWindow {
  const c0 = axis.toC(window[0]);
  const c1 = axis.toC(window[1]);
  const pivot = c0 + (c1 - c0) * anchor;
  return toWindow(axis, clampC(axis, pivot - (pivot - c0) * factor, pivot + (c1 - pivot) * factor));
}

/** Pans by `fraction` of the visible width (positive moves later in time). */
export function panWindow(axis: TimeAxis, window: TimeWindow, fraction: number): TimeWindow {
  const c0 = axis.toC(window[0]);
  const c1 = axis.toC(window[1]);
  const d = (c1 - c0) * fraction;
  return toWindow(axis, clampC(axis, c0 + d, c1 + d));
}

/** A window that shows [t0, t1]: the current one if it already does, else one centred on it. */
export function revealWindow(axis: TimeAxis, window: TimeWindow, t0: number, t1: number): TimeWindow {
  const c0 = axis.toC(window[0]);
  const c1 = axis.toC(window[1]);
  const a = axis.toC(t0);
  const b = axis.toC(t1);
  if (a >= c0 && b <= c1) return window;
  const span = Math.max(c1 - c0, (b - a) * 1.5);
  const mid = (a + b) / 2;
  return toWindow(axis, clampC(axis, mid - span / 2, mid + span / 2));
}

/** Chrome DevTools' wheel zoom: 1.2^(delta / 53) per event, about cursor. */
export function wheelZoomFactor(deltaY: number): number {
  return 1.2 ** (deltaY / 53);
}
