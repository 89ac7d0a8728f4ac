import { parseWorkflowDuration } from '../../../../../contract/duration.ts';
import type { Attempt, DoStep, InstanceDetail, Step } from '../../../../../contract/instances.ts';
import { differsFromPrediction, isTimeoutError, predictBackoff, ranUntilTimeout } from './backoff.ts';
import { computeBreakdown } from './breakdown.ts';
import {
  entryName,
  isDoEntry,
  isSleepEntry,
  isTerminationEntry,
  isWaitEntry,
  rowKindOf,
} from './entry-kinds.ts';
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

/**
 * The Gantt's rows from a parsed get-instance result: one row per log entry, in the order given.
 * `now` (epoch ms) places the "now" line and the right edge of a live instance.
 */
export function buildGanttModel(instance: InstanceDetail, now: number): GanttModel {
  const steps = instance.steps;
  const origin = Date.parse(instance.queued ?? instance.start ?? '') || firstStart(steps) || now;
  const live = !FINAL.has(instance.status);
  const start = at(instance.start, origin);
  const end = at(instance.end, origin);
  // Names used by entries of more than one type: their non-step rows get a `type:` key prefix.
  const firstType = new Map<string, string>();
  const ambiguousNames = new Set<string>();
  for (const step of steps) {
    const name = entryName(step);
    const seen = firstType.get(name);
    if (seen === undefined) firstType.set(name, step.type);
    else if (seen !== step.type) ambiguousNames.add(name);
  }
  const durations = new Map<string | number | undefined, number | undefined>();
  const rows: GanttRow[] = [];
  const byKey = new Map<string, number>();
  let latest = start ?? 0;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    const name = entryName(step);
    const ambiguous = ambiguousNames.size > 0 && ambiguousNames.has(name);
    const key = ambiguous && step.type !== 'step' ? `${step.type}:${name}` : name;
    const row = buildRow(step, index, key, origin, live, durations);
    latest = Math.max(latest, row.end ?? row.start ?? 0, row.nextAttemptDue ?? 0);
    if (!byKey.has(key)) byKey.set(key, rows.length);
    rows.push(row);
  }
  const nowRel = live ? now - origin : null;
  const extent = Math.max(end ?? 0, nowRel ?? 0, latest, 1);
  for (const row of rows) if (row.kind === 'termination') row.markerAt = end ?? latest;
  return {
    origin,
    start,
    end,
    extent,
    now: nowRel,
    rows,
    byKey,
    breakdown: computeBreakdown(rows, start, end ?? nowRel ?? extent),
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
  key: string,
  origin: number,
  live: boolean,
  durations: DurationCache,
): GanttRow {
  const kind = rowKindOf(step);
  const name = entryName(step);
  const start = 'start' in step && typeof step.start === 'string' ? at(step.start, origin) : null;
  const rawEnd = 'end' in step && typeof step.end === 'string' ? at(step.end, origin) : null;
  const base: GanttRow = {
    index,
    key,
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
  if (isDoEntry(step)) return doRow(base, step, origin, durations);
  if (isSleepEntry(step)) {
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

function doRow(base: GanttRow, step: DoStep, origin: number, durations: DurationCache): GanttRow {
  const config = step.config;
  const timeoutMs = durationMs(config?.timeout, durations);
  const limit = config?.retries?.limit;
  const attempts = step.attempts.map((a, i) => attemptBar(a, i + 1, origin, timeoutMs));
  for (let i = 0; i < attempts.length; i++) {
    const bar = attempts[i] as AttemptBar;
    const next = attempts[i + 1];
    if (bar.outcome !== 'failed' || bar.end === null) continue;
    if (!next && step.end) continue;
    const predicted = predictBackoff(config, bar.number);
    const actualMs = next ? next.start - bar.end : undefined;
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
