import { formatDuration } from '../../../../lib/format-time.ts';
import { DYNAMIC_DELAY } from './backoff.ts';
import type { AttemptBar, Backoff, GanttRow } from './types.ts';

export const KIND_LABEL: Record<GanttRow['kind'], string> = {
  step: 'step',
  rollback: 'rollback',
  sleep: 'sleep',
  waitForEvent: 'waitForEvent',
  termination: 'terminated',
  unknown: 'entry',
};

/** "4.0 s", or "40 s (predicted 20 s)" when they differ, or "[dynamic]". */
export function backoffText(backoff: Backoff): string {
  if (backoff.actualMs === undefined) {
    if (backoff.dynamic) return DYNAMIC_DELAY;
    return backoff.predictedMs === undefined ? 'unknown' : formatDuration(backoff.predictedMs);
  }
  const actual = formatDuration(backoff.actualMs);
  if (backoff.dynamic) return `${actual} ${DYNAMIC_DELAY}`;
  if (backoff.differs && backoff.predictedMs !== undefined)
    return `${actual} (predicted ${formatDuration(backoff.predictedMs)})`;
  return actual;
}

export function attemptOf(row: GanttRow, attempt: AttemptBar): string {
  return row.maxAttempts === undefined
    ? `attempt ${attempt.number}`
    : `attempt ${attempt.number} of ${row.maxAttempts}`;
}

/**
 * The words an attempt cell carries for screen readers and tests, e.g.
 * "charge-card-1, attempt 2 of 6, failed: TimeoutError after 30 s (timed out, inferred), then backoff 4.0 s".
 */
export function attemptLabel(row: GanttRow, attempt: AttemptBar, now: number | null = null): string {
  const parts = [row.kind === 'rollback' ? `rollback ${row.name}` : row.name, attemptOf(row, attempt)];
  const duration =
    attempt.end !== null
      ? formatDuration(attempt.end - attempt.start)
      : now !== null
        ? formatDuration(now - attempt.start)
        : undefined;
  let state: string;
  if (attempt.outcome === 'failed') {
    const error = attempt.error ? `: ${attempt.error.name}` : '';
    state = `failed${error}${duration ? ` after ${duration}` : ''}`;
    if (attempt.timedOut) state += ' (timed out, inferred)';
  } else if (attempt.outcome === 'running') {
    state = `running${duration ? ` for ${duration}` : ''}`;
  } else {
    state = `${attempt.outcome}${duration ? ` in ${duration}` : ''}`;
  }
  parts.push(state);
  if (attempt.backoff) {
    const pending = attempt.backoff.to === null;
    parts.push(
      pending
        ? `retry pending, backoff ${backoffText(attempt.backoff)}`
        : `then backoff ${backoffText(attempt.backoff)}`,
    );
  }
  return parts.join(', ');
}

/** The row header's words: name, type and what happened, so the canvas's text is also in the DOM. */
export function rowSummary(row: GanttRow): string {
  switch (row.kind) {
    case 'sleep':
      return `sleep${row.wakeAt !== null && row.wakeAt !== undefined ? `, wakes at +${formatDuration(row.wakeAt)}` : ''}`;
    case 'waitForEvent': {
      const result =
        row.waitResult === 'arrived'
          ? 'event arrived'
          : row.waitResult === 'timedOut'
            ? 'timed out'
            : row.waitResult === 'waiting'
              ? 'waiting'
              : 'interrupted';
      return `waitForEvent ${row.eventType ?? '(no event type)'}, ${result}`;
    }
    case 'termination':
      return `terminated by ${row.triggerSource ?? 'unknown'}`;
    case 'step':
    case 'rollback': {
      const parts: string[] = [row.kind];
      if (row.retrying) parts.push('between retries');
      else parts.push(row.outcome);
      if (row.attempts.length > 1) parts.push(`${row.attempts.length} attempts`);
      if (row.retrying && row.nextAttemptDue !== undefined)
        parts.push(
          row.nextAttemptDue === null
            ? `next attempt ${DYNAMIC_DELAY}`
            : `next attempt due at +${formatDuration(row.nextAttemptDue)}`,
        );
      return parts.join(', ');
    }
    default:
      return row.kind;
  }
}
