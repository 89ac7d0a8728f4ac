import { parseWorkflowDuration } from '../../../../../contract/duration.ts';
import type { Attempt, DoStep, InstanceDetail, Step } from '../../../../../contract/instances.ts';
import { differsFromPrediction, isTimeoutError, predictBackoff, ranUntilTimeout } from './backoff.ts';
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
import { parseTime } from './parse-time.ts';
import type { AttemptBar, GanttModel, GanttRow, Outcome } from './types.ts';

const FINAL = new Set(['complete', 'errored', 'terminated']);

const at = (value: string | null | undefined, origin: number): number | null => {
  if (!value) return null;
  const ms = parseTime(value);
  return Number.isFinite(ms) ? ms - origin : null;
};

function outcomeOf(success: boolean | null | undefined, end: number | null): Outcome {
  if (success === true) return 'succeeded';
  if (success === false) return 'failed';
  return end === null ? 'running' : 'unknown';
}

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
    error: null,
  };
  if (isDoEntry(step)) return doRow(base, step, origin, durations, spans);
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

function doRow(
  base: GanttRow,
  step: DoStep,
  origin: number,
  durations: DurationCache,
  spans: SpanSink,
): GanttRow {
  const config = step.config;
  const timeoutMs = durationMs(config?.timeout, durations);
  const limit = config?.retries?.limit;
  const attempts = step.attempts.map((a, i) => attemptBar(a, i + 1, origin, timeoutMs));
  for (let i = 0; i < attempts.length; i++) {
    const bar = attempts[i] as AttemptBar;
    if (bar.end === null) spans.openStarts.push(bar.start);
    else {
      spans.starts.push(bar.start);
      spans.ends.push(bar.end);
    }
    const next = attempts[i + 1];
    if (bar.outcome !== 'failed' || bar.end === null) continue;
    if (!next && step.end) continue;
    const predicted = predictBackoff(config, bar.number);
    const actualMs = next ? next.start - bar.end : undefined;
    spans.retrying.push([bar.end, next ? next.start : null]);
    bar.backoff = {
      from: bar.end,
      to: next ? next.start : null,
      predictedMs: predicted.ms,
      dynamic: predicted.dynamic,
      actualMs,
      differs: actualMs !== undefined && differsFromPrediction(actualMs, predicted.ms),
    };
  }
  const last = attempts[attempts.length - 1];
  const retrying = !step.end && last?.outcome === 'failed';
  const pending = retrying ? last?.backoff : undefined;
  const nextAttemptDue =
    pending && pending.predictedMs !== undefined
      ? pending.from + pending.predictedMs
      : retrying
        ? null
        : undefined;
  let error = null;
  for (let i = attempts.length - 1; i >= 0 && error === null; i--) error = attempts[i]?.error ?? null;
  // Filled in place: a second object per row (a spread) doubles the garbage of a 10,000-step build.
  base.outcome = retrying ? 'running' : outcomeOf(step.success, base.end);
  base.attempts = attempts;
  base.config = config;
  base.maxAttempts = limit === undefined ? undefined : Math.max(limit + 1, attempts.length);
  base.nextAttemptDue = nextAttemptDue;
  base.retrying = retrying;
  base.retried = attempts.length > 1;
  base.failed = step.success === false;
  base.error = step.success === false ? error : null;
  return base;
}

function attemptBar(a: Attempt, number: number, origin: number, timeoutMs: number | undefined): AttemptBar {
  const start = at(a.start, origin) ?? 0;
  const end = at(a.end, origin);
  const outcome = outcomeOf(a.success, end);
  const failed = outcome === 'failed';
  const timedOut =
    failed && isTimeoutError(a.error)
      ? ({ reason: 'error' } as const)
      : failed && end !== null && ranUntilTimeout(end - start, timeoutMs)
        ? ({ reason: 'duration' } as const)
        : null;
  return {
    number,
    start,
    end,
    outcome,
    error: a.error ?? null,
    timeoutAt: timeoutMs === undefined ? undefined : start + timeoutMs,
    timedOut,
    backoff: null,
  };
}
