import { parseWorkflowDuration } from '../../../../../contract/duration.ts';
import type { Attempt, DoStep, InstanceDetail, Step } from '../../../../../contract/instances.ts';
import { at, outcomeOf, retryFollows, StepRow } from './attempt-bars.ts';
import { predictBackoff } from './backoff.ts';
import { computeBreakdown, type PhaseSpans } from './breakdown.ts';
import {
  entryName,
  isDoEntry,
  isSleepEntry,
  isTerminationEntry,
  isWaitEntry,
  rekeyAmbiguous,
  rowKindOf,
} from './entry-kinds.ts';
import { unionOfSpans } from './intervals.ts';
import type { GanttModel, GanttRow, Outcome, RowKind } from './types.ts';

const FINAL = new Set(['complete', 'errored', 'terminated']);

/** Gathered as the rows are built: the attempts' times (plain arrays, no tuple each), sleeps, waits, backoffs. */
interface SpanSink extends PhaseSpans {
  starts: number[];
  ends: number[];
  openStarts: number[];
}

/**
 * The Gantt's rows from a parsed get-instance result: one row per log entry, in the order given.
 * `now` (epoch ms) places the "now" line and the right edge of a live instance.
 * One pass over the log (10,000 entries at the platform's limit): keys, busy time and the right edge are
 * gathered as the rows are built.
 */
export function buildGanttModel(instance: InstanceDetail, now: number): GanttModel {
  const steps = instance.steps;
  const origin = Date.parse(instance.queued ?? instance.start ?? '') || firstStart(steps) || now;
  const live = !FINAL.has(instance.status);
  const start = at(instance.start, origin);
  const end = at(instance.end, origin);
  const durations: DurationCache = new Map();
  const spans: SpanSink = { starts: [], ends: [], openStarts: [], sleeping: [], waiting: [], retrying: [] };
  const rows: GanttRow[] = [];
  // Each name's first row; a name used by entries of more than one type is ambiguous (rare: re-keyed below).
  const byKey = new Map<string, number>();
  const ambiguous = new Set<string>();
  const terminations: GanttRow[] = [];
  let latest = start ?? 0;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    const name = entryName(step);
    const first = byKey.get(name);
    if (first === undefined) byKey.set(name, index);
    else if ((steps[first] as Step).type !== step.type) ambiguous.add(name);
    const row = buildRow(step, index, name, origin, live, durations, spans);
    latest = Math.max(latest, row.end ?? row.start ?? 0, row.nextAttemptDue ?? 0);
    if (row.kind === 'termination') terminations.push(row);
    rows.push(row);
  }
  if (ambiguous.size > 0) rekeyAmbiguous(steps, rows, ambiguous, byKey);
  const nowRel = live ? now - origin : null;
  const extent = Math.max(end ?? 0, nowRel ?? 0, latest, 1);
  for (const row of terminations) row.markerAt = end ?? latest;
  const finished = unionOfSpans(spans.starts, spans.ends);
  const busy = {
    finished: finished.union,
    finishedLength: finished.length,
    openStarts: spans.openStarts,
    markers: terminations.map(() => end ?? latest),
  };
  return {
    origin,
    start,
    end,
    extent,
    now: nowRel,
    rows,
    byKey,
    busy,
    breakdown: computeBreakdown(spans, busy, start, end ?? nowRel ?? extent),
  };
}

function firstStart(steps: readonly Step[]): number {
  for (const step of steps)
    if ('start' in step && typeof step.start === 'string') return Date.parse(step.start);
  return 0;
}

/** Durations by their written form: 10,000 steps mostly share a handful of timeouts. */
type DurationCache = Map<string | number | undefined, number | undefined>;

function durationMs(value: string | number | undefined, cache: DurationCache): number | undefined {
  if (cache.has(value)) return cache.get(value);
  const ms = parseWorkflowDuration(value);
  cache.set(value, ms);
  return ms;
}

function buildRow(
  step: Step,
  index: number,
  name: string,
  origin: number,
  live: boolean,
  durations: DurationCache,
  spans: SpanSink,
): GanttRow {
  const kind = rowKindOf(step);
  const start = 'start' in step && typeof step.start === 'string' ? at(step.start, origin) : null;
  const rawEnd = 'end' in step && typeof step.end === 'string' ? at(step.end, origin) : null;
  if (isDoEntry(step)) return stepRow(step, index, name, kind, start, rawEnd, origin, durations, spans);
  const base: GanttRow = {
    index,
    key: name,
    name,
    kind,
    lane: kind === 'rollback' ? 'rollback' : 'main',
    start,
    end: rawEnd,
    outcome: 'unknown',
    attempts: [],
    config: undefined,
    maxAttempts: undefined,
    nextAttemptDue: undefined,
    retrying: false,
    retried: false,
    failed: false,
    attemptFailed: false,
    error: null,
  };
  if (isSleepEntry(step)) {
    if (start !== null) spans.sleeping.push([start, rawEnd]);
    const outcome: Outcome = step.finished
      ? 'succeeded'
      : step.error
        ? 'failed'
        : live
          ? 'running'
          : 'unknown';
    return { ...base, outcome, wakeAt: rawEnd, error: step.error ?? null, failed: outcome === 'failed' };
  }
  if (isWaitEntry(step)) {
    if (start !== null) spans.waiting.push([start, rawEnd]);
    const waitResult = step.finished ? 'arrived' : step.error ? 'timedOut' : live ? 'waiting' : 'interrupted';
    const outcome: Outcome =
      waitResult === 'arrived' ? 'succeeded' : waitResult === 'timedOut' ? 'failed' : 'running';
    return {
      ...base,
      outcome: waitResult === 'interrupted' ? 'unknown' : outcome,
      eventType: step.event_type ?? null,
      waitResult,
      error: step.error ?? null,
      failed: waitResult === 'timedOut',
    };
  }
  if (isTerminationEntry(step)) return { ...base, triggerSource: step.trigger?.source ?? 'unknown' };
  return base;
}

/**
 * A step's row, its attempts read once for what the axis, the breakdown and the filters need: their spans,
 * the backoffs between them (a failed attempt's end to the next start; to null while a retry is pending), and
 * the step's outcome. The attempt bars themselves are built when first read (StepRow).
 */
function stepRow(
  step: DoStep,
  index: number,
  name: string,
  kind: RowKind,
  start: number | null,
  end: number | null,
  origin: number,
  durations: DurationCache,
  spans: SpanSink,
): StepRow {
  const config = step.config;
  const row = new StepRow(index, name, kind, step, origin, durationMs(config?.timeout, durations));
  row.start = start;
  row.end = end;
  const attempts = step.attempts;
  let failedEnd: number | null = null;
  let lastFailed = false;
  let error: Attempt['error'] = null;
  for (let i = 0; i < attempts.length; i++) {
    const a = attempts[i] as Attempt;
    const from = at(a.start, origin) ?? 0;
    const to = at(a.end, origin);
    if (failedEnd !== null) spans.retrying.push([failedEnd, from]);
    if (to === null) spans.openStarts.push(from);
    else {
      spans.starts.push(from);
      spans.ends.push(to);
    }
    lastFailed = a.success === false;
    if (lastFailed) row.attemptFailed = true;
    failedEnd = lastFailed && to !== null ? to : null;
    if (a.error !== undefined && a.error !== null) error = a.error;
  }
  const retrying = lastFailed && retryFollows(step, true);
  // The pending retry's backoff runs from the failed attempt's end until the next attempt starts.
  if (retrying && failedEnd !== null) spans.retrying.push([failedEnd, null]);
  const due = retrying && failedEnd !== null ? predictBackoff(config, attempts.length).ms : undefined;
  const limit = config?.retries?.limit;
  row.outcome = retrying ? 'running' : outcomeOf(step.success, end);
  row.maxAttempts = limit === undefined ? undefined : Math.max(limit + 1, attempts.length);
  row.nextAttemptDue = !retrying
    ? undefined
    : failedEnd !== null && due !== undefined
      ? failedEnd + due
      : null;
  row.retrying = retrying;
  row.retried = attempts.length > 1;
  row.failed = step.success === false;
  row.error = step.success === false ? (error ?? null) : null;
  return row;
}
