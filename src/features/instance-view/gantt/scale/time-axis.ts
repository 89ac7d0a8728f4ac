import { type Interval, unionOf } from '../model/intervals.ts';
import type { GanttModel } from '../model/types.ts';

/**
 * Idle folding. The chart lays time out on a "compact" axis `c`: busy stretches keep their real length
 * (1 c = 1 ms), idle gaps longer than the threshold shrink to a small fixed length. It is a piecewise-linear map
 * (what a d3 piecewise scale does with domain [t0, gapStart, gapEnd, ...]) with an exact inverse for hit-testing.
 */
export interface AxisSegment {
  t0: number;
  t1: number;
  c0: number;
  c1: number;
  folded: boolean;
}

export interface TimeAxis {
  segments: readonly AxisSegment[];
  /** The real right edge (ms since queued) and its compact position. */
  extent: number;
  total: number;
  toC(t: number): number;
  fromC(c: number): number;
}

export interface FoldOptions {
  fold: boolean;
  /** Idle gaps longer than this fold; default max(10 s, 4 % of the busy time). */
  minGapMs?: number;
}

/**
 * What counts as busy: attempts running (open ones up to `extent`) and the termination markers. The finished
 * attempts' union comes with the model; only the few open attempts and markers are added to it.
 */
export function busyIntervals(model: GanttModel): readonly Interval[] {
  const { finished, openStarts, markers } = model.busy;
  if (openStarts.length === 0 && markers.length === 0) return finished;
  const out: Interval[] = [...finished];
  for (const start of openStarts) out.push([start, Math.max(start + 1, model.now ?? model.extent)]);
  for (const at of markers) out.push([at - 1, at]);
  return out;
}

/** Idle gaps shorter than this never fold. */
const MIN_FOLD_MS = 10_000;

export function buildTimeAxis(busy: readonly Interval[], extent: number, options: FoldOptions): TimeAxis {
  const union = unionOf(busy, 0, extent);
  // One pass (10,000 intervals at the platform's limit): the busy total, and every gap that could fold. The
  // threshold depends on the total, but never drops below the floor, so the candidates are filtered after.
  const floor = options.minGapMs ?? MIN_FOLD_MS;
  const candidates: Interval[] = [];
  let busyTotal = 0;
  let edge = 0;
  for (let i = 0; i < union.length; i++) {
    const interval = union[i] as Interval;
    if (interval[0] - edge > floor) candidates.push([edge, interval[0]]);
    busyTotal += interval[1] - interval[0];
    edge = interval[1];
  }
  if (union.length > 0 && extent - edge > floor) candidates.push([edge, extent]);
  const threshold = options.minGapMs ?? Math.max(MIN_FOLD_MS, busyTotal * 0.04);
  const gaps = options.fold ? candidates.filter(([a, b]) => b - a > threshold) : [];
  const foldedAway = gaps.reduce((sum, [a, b]) => sum + b - a, 0);
  const foldLength = Math.max(1, (extent - foldedAway) * 0.02);
  const segments: AxisSegment[] = [];
  let t = 0;
  let c = 0;
  const push = (t1: number, folded: boolean) => {
    if (t1 <= t) return;
    const length = folded ? Math.min(t1 - t, foldLength) : t1 - t;
    segments.push({ t0: t, t1, c0: c, c1: c + length, folded });
    t = t1;
    c += length;
  };
  for (const [a, b] of gaps) {
    push(a, false);
    push(b, true);
  }
  push(extent, false);
  if (segments.length === 0)
    segments.push({ t0: 0, t1: Math.max(extent, 1), c0: 0, c1: Math.max(extent, 1), folded: false });
  const last = segments[segments.length - 1] as AxisSegment;
  return {
    segments,
    extent: last.t1,
    total: last.c1,
    toC: (x) => toC(segments, x),
    fromC: (x) => fromC(segments, x),
  };
}

function find(segments: readonly AxisSegment[], value: number, key: 't1' | 'c1'): AxisSegment {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as AxisSegment)[key] < value) lo = mid + 1;
    else hi = mid;
  }
  return segments[lo] as AxisSegment;
}

function toC(segments: readonly AxisSegment[], t: number): number {
  const first = segments[0] as AxisSegment;
  const last = segments[segments.length - 1] as AxisSegment;
  if (t <= first.t0) return first.c0 + (t - first.t0);
  if (t >= last.t1) return last.c1 + (t - last.t1);
  const s = find(segments, t, 't1');
  return s.c0 + ((t - s.t0) * (s.c1 - s.c0)) / (s.t1 - s.t0);
}

function fromC(segments: readonly AxisSegment[], c: number): number {
  const first = segments[0] as AxisSegment;
  const last = segments[segments.length - 1] as AxisSegment;
  if (c <= first.c0) return first.t0 + (c - first.c0);
  if (c >= last.c1) return last.t1 + (c - last.c1);
  const s = find(segments, c, 'c1');
  return s.t0 + ((c - s.c0) * (s.t1 - s.t0)) / (s.c1 - s.c0);
}

/** Pixel mapping for one window (real ms since queued) drawn `width` px wide. */
export interface ViewScale {
  c0: number;
  c1: number;
  width: number;
  x(t: number): number;
  invert(px: number): number;
}

export function viewScale(axis: TimeAxis, window: readonly [number, number], width: number): ViewScale {
  const c0 = axis.toC(window[0]);
  const c1 = axis.toC(window[1]);
  const k = width / Math.max(c1 - c0, 1e-9);
  return { c0, c1, width, x: (t) => (axis.toC(t) - c0) * k, invert: (px) => axis.fromC(c0 + px / k) };
}
