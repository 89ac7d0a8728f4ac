import { formatAbsolute, formatDuration, NO_VALUE } from '../../../lib/format-time.ts';
import { DYNAMIC_DELAY } from '../gantt/model/backoff.ts';
import { backoffText } from '../gantt/model/labels.ts';
import type { AttemptBar, GanttModel, GanttRow } from '../gantt/model/types.ts';

export interface Fact {
  label: string;
  value: string;
}

const when = (model: GanttModel, t: number | null | undefined) =>
  t === null || t === undefined ? NO_VALUE : formatAbsolute(model.origin + t);

const span = (start: number | null, end: number | null, now: number | null) => {
  if (start === null) return NO_VALUE;
  if (end !== null) return formatDuration(end - start);
  return now === null ? NO_VALUE : `${formatDuration(now - start)} so far`;
};

/** The side panel's facts for a step or one of its attempts, in reading order. */
export function selectionFacts(model: GanttModel, row: GanttRow, attempt: AttemptBar | null): Fact[] {
  const facts: Fact[] = [];
  const start = attempt ? attempt.start : (row.start ?? row.markerAt ?? null);
  const end = attempt ? attempt.end : row.end;
  facts.push({ label: 'Start', value: when(model, start) });
  facts.push({ label: 'End', value: when(model, end) });
  facts.push({ label: 'Duration', value: span(start, end, model.now) });
  facts.push({
    label: 'State',
    value: attempt ? attempt.outcome : row.retrying ? 'between retries' : row.outcome,
  });
  if (attempt?.timeoutAt !== undefined)
    facts.push({ label: 'Timeout at', value: when(model, attempt.timeoutAt) });
  if (attempt?.timedOut)
    facts.push({
      label: 'Timed out',
      value:
        attempt.timedOut.reason === 'error'
          ? 'yes (inferred from the error)'
          : 'yes (inferred: it ran for the configured timeout)',
    });
  if (attempt?.backoff)
    facts.push({
      label: attempt.backoff.to === null ? 'Retry pending, backoff' : 'Backoff after',
      value: backoffText(attempt.backoff),
    });
  if (!attempt && row.retrying && row.nextAttemptDue !== undefined)
    facts.push({
      label: 'Next attempt due',
      value: row.nextAttemptDue === null ? DYNAMIC_DELAY : when(model, row.nextAttemptDue),
    });
  if (row.kind === 'sleep') facts.push({ label: 'Wakes at', value: when(model, row.wakeAt) });
  if (row.kind === 'waitForEvent') {
    facts.push({ label: 'Event type', value: row.eventType ?? NO_VALUE });
    facts.push({ label: 'Result', value: waitResultText(row) });
  }
  if (row.kind === 'termination')
    facts.push({ label: 'Triggered by', value: row.triggerSource ?? 'unknown' });
  return facts;
}

function waitResultText(row: GanttRow): string {
  switch (row.waitResult) {
    case 'arrived':
      return 'event arrived';
    case 'timedOut':
      return 'timed out (its span is the timeout)';
    case 'waiting':
      return 'waiting';
    default:
      return 'interrupted';
  }
}
