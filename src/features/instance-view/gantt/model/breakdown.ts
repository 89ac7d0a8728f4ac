import { type Interval, unionLength } from './intervals.ts';
import type { BusyTime, DurationBreakdown } from './types.ts';

/** A sleep, a wait or a retry backoff as the log gives it: no end while it is still going. */
export type OpenInterval = readonly [number, number | null];

/** The intervals of each phase, gathered while the rows are built (not in a second pass over 10,000 rows). */
export interface PhaseSpans {
  sleeping: OpenInterval[];
  waiting: OpenInterval[];
  retrying: OpenInterval[];
}

/**
 * Time spent queued, running, sleeping, waiting for events and in retry backoff. Steps run in parallel, so each
 * figure is the union of its intervals: overlapping time is never counted twice. Open intervals (a running
 * attempt, a pending retry, a live sleep or wait) run to `until` (the end, or now). Running time comes from
 * `busy`, the attempts' union gathered while the rows were built.
 */
export function computeBreakdown(
  phases: PhaseSpans,
  busy: BusyTime,
  start: number | null,
  until: number,
): DurationBreakdown {
  const closed = (intervals: readonly OpenInterval[]) =>
    intervals.map(([a, b]): Interval => [a, Math.min(b ?? until, until)]);
  return {
    queued: start === null ? Math.max(0, until) : Math.max(0, start),
    running: runningLength(busy, until),
    sleeping: unionLength(closed(phases.sleeping)),
    waiting: unionLength(closed(phases.waiting)),
    retrying: unionLength(closed(phases.retrying)),
  };
}

function runningLength(busy: BusyTime, until: number): number {
  if (busy.openStarts.length === 0) return busy.finishedLength;
  return unionLength([...busy.finished, ...busy.openStarts.map((s): Interval => [s, until])]);
}
