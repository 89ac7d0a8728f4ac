import { type Interval, unionLength } from './intervals.ts';
import type { BusyTime, DurationBreakdown, GanttRow } from './types.ts';

/**
 * Time spent queued, running, sleeping, waiting for events and in retry backoff. Steps run in parallel, so each
 * figure is the union of its intervals: overlapping time is never counted twice. Open intervals (a running
 * attempt, a pending retry, a live sleep or wait) run to `until` (the end, or now). Running time comes from
 * `busy`, the attempts' union gathered while the rows were built.
 */
export function computeBreakdown(
  rows: readonly GanttRow[],
  busy: BusyTime,
  start: number | null,
  until: number,
): DurationBreakdown {
  const sleeping: Interval[] = [];
  const waiting: Interval[] = [];
  const retrying: Interval[] = [];
  const close = (end: number | null | undefined) => (end === null || end === undefined ? until : end);
  for (const row of rows) {
    if (row.kind === 'sleep' && row.start !== null)
      sleeping.push([row.start, Math.min(close(row.end), until)]);
    else if (row.kind === 'waitForEvent' && row.start !== null)
      waiting.push([row.start, Math.min(close(row.end), until)]);
    else if (row.retried || row.retrying)
      for (const attempt of row.attempts)
        if (attempt.backoff)
          retrying.push([attempt.backoff.from, Math.min(close(attempt.backoff.to), until)]);
  }
  return {
    queued: start === null ? Math.max(0, until) : Math.max(0, start),
    running: runningLength(busy, until),
    sleeping: unionLength(sleeping),
    waiting: unionLength(waiting),
    retrying: unionLength(retrying),
  };
}

function runningLength(busy: BusyTime, until: number): number {
  if (busy.openStarts.length === 0) {
    let total = 0;
    for (let i = 0; i < busy.finished.length; i++) {
      const interval = busy.finished[i] as Interval;
      total += interval[1] - interval[0];
    }
    return total;
  }
  return unionLength([...busy.finished, ...busy.openStarts.map((s): Interval => [s, until])]);
}
