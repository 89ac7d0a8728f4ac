import { formatDuration } from '../../../../lib/format-time.ts';
import {
  calendar,
  formatDateTime,
  formatTick,
  fromCalendar,
  type TickUnit,
  type TickZone,
} from './tick-format.ts';
import type { TimeAxis } from './time-axis.ts';
import type { TimeWindow } from './view-window.ts';

export interface Tick {
  /** ms since queued. */
  t: number;
  label: string;
  /** Opens a new day or follows a folded gap: labelled with the date. */
  major: boolean;
}

export interface FoldMarker {
  t0: number;
  t1: number;
  label: string;
}

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
/** Nice steps from 1 ms to a day; beyond that calendar days and months. */
const STEPS = [
  1,
  2,
  5,
  10,
  20,
  50,
  100,
  200,
  500,
  S,
  2 * S,
  5 * S,
  10 * S,
  15 * S,
  30 * S,
  M,
  2 * M,
  5 * M,
  10 * M,
  15 * M,
  30 * M,
  H,
  2 * H,
  3 * H,
  6 * H,
  12 * H,
  D,
  2 * D,
  7 * D,
  14 * D,
];
const MONTH_STEPS = [1, 3, 6, 12];

function unitFor(step: number): TickUnit {
  if (step < S) return 'ms';
  if (step < M) return 'second';
  if (step < D) return 'minute';
  return 'day';
}

/**
 * Ticks for the visible window, generated per unfolded segment (a nice-step tick sequence over the whole axis
 * would vanish into folded gaps), none inside a fold; each fold gets a marker with the skipped time, and the
 * first moment after a fold gets a dated tick so the clock never silently jumps. `origin` is epoch ms of queued.
 */
export function axisTicks(
  axis: TimeAxis,
  window: TimeWindow,
  widthPx: number,
  origin: number,
  zone: TickZone = 'local',
  spacingPx = 90,
): { ticks: Tick[]; folds: FoldMarker[] } {
  const c0 = axis.toC(window[0]);
  const c1 = axis.toC(window[1]);
  const msPerPx = (c1 - c0) / Math.max(widthPx, 1);
  const target = msPerPx * spacingPx;
  const step = STEPS.find((s) => s >= target);
  const ticks: Tick[] = [];
  const folds: FoldMarker[] = [];
  const minGapMs = msPerPx * spacingPx * 0.6;
  let afterFold = false;
  const segments = axis.segments;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (!seg) continue;
    if (seg.c1 < c0 || seg.c0 > c1) {
      afterFold = seg.folded;
      continue;
    }
    if (seg.folded) {
      folds.push({ t0: seg.t0, t1: seg.t1, label: `${formatDuration(seg.t1 - seg.t0)} folded` });
      afterFold = true;
      continue;
    }
    const from = Math.max(seg.t0, window[0]);
    const to = Math.min(seg.t1, window[1]);
    let boundary: number | null = null;
    if (afterFold && seg.t0 >= window[0]) {
      boundary = seg.t0;
      ticks.push({ t: seg.t0, label: formatDateTime(origin + seg.t0, zone), major: true });
    }
    afterFold = false;
    const keep = (t: number) => boundary === null || Math.abs(t - boundary) >= minGapMs;
    if (step !== undefined) {
      const unit = unitFor(step);
      for (let e = Math.ceil((origin + from) / step) * step; e <= origin + to; e += step) {
        const t = e - origin;
        if (!keep(t)) continue;
        const midnight = step < D && isMidnight(e, zone);
        ticks.push({
          t,
          label: midnight ? formatTick(e, 'day', zone) : formatTick(e, step >= D ? 'day' : unit, zone),
          major: midnight,
        });
      }
    } else {
      for (const t of monthTicks(origin + from, origin + to, target, zone)) {
        if (keep(t - origin)) ticks.push({ t: t - origin, label: formatTick(t, 'month', zone), major: true });
      }
    }
  }
  return { ticks, folds };
}

function isMidnight(epoch: number, zone: TickZone): boolean {
  const { y, m, day } = calendar(epoch, zone);
  return fromCalendar(y, m, day, zone) === epoch;
}

function monthTicks(from: number, to: number, targetMs: number, zone: TickZone): number[] {
  const months = MONTH_STEPS.find((m) => m * 30 * D >= targetMs) ?? Math.ceil(targetMs / (365 * D)) * 12;
  const start = calendar(from, zone);
  const out: number[] = [];
  let m = Math.ceil((start.y * 12 + start.m) / months) * months;
  for (;;) {
    const t = fromCalendar(Math.floor(m / 12), m % 12, 1, zone);
    if (t > to) break;
    if (t >= from) out.push(t);
    m += months;
  }
  return out;
}
