import { type Interval, unionLength } from './intervals.ts';
import type { DurationBreakdown, GanttRow } from './types.ts';

/**
 * Time spent queued, running, sleeping, waiting for events and in retry backoff. Steps run in parallel, so each
 * figure is the union of its intervals: overlapping time is never counted twice. Open intervals (a running
 * attempt, a pending retry, a live sleep or wait) run to `until` (the end, or now).
 */
export function computeBreakdown(
  rows: readonly GanttRow[],
  start: number | null,
  until: number,
): DurationBreakdown {
  const running: Interval[] = [];
  const sleeping: Interval[] = [];
  const waiting: Interval[] = [];
  const retrying: Interval[] = [];
  const close = (end: number | null | undefined) => (end === null || end === undefined ? until : end);
  for (const row of rows) {
    if (row.kind === 'sleep' && row.start !== null)
      sleeping.push([row.start, Math.min(close(row.end), until)]);
    if (row.kind === 'waitForEvent' && row.start !== null)
      waiting.push([row.start, Math.min(close(row.end), until)]);
    for (const attempt of row.attempts) {
      running.push([attempt.start, close(attempt.end)]);
      if (attempt.backoff) retrying.push([attempt.backoff.from, Math.min(close(attempt.backoff.to), until)]);
    }
  }
  return {
    queued: start === null ? Math.max(0, until) : Math.max(0, start),
    running: unionLength(running),
    sleeping: unionLength(sleeping),
    waiting: unionLength(waiting),
    retrying: unionLength(retrying),
  };
}
