import type { Attempt, DoStep, StepConfig } from '../../../../../contract/instances.ts';
import { differsFromPrediction, isTimeoutError, predictBackoff, ranUntilTimeout } from './backoff.ts';
import { parseTime } from './parse-time.ts';
import type { AttemptBar, GanttRow, Lane, Outcome, RowKind } from './types.ts';

/** An API timestamp as ms since `origin`; null when absent or unreadable. */
export const at = (value: string | null | undefined, origin: number): number | null => {
  if (!value) return null;
  const ms = parseTime(value);
  return Number.isFinite(ms) ? ms - origin : null;
};

export function outcomeOf(success: boolean | null | undefined, end: number | null): Outcome {
  if (success === true) return 'succeeded';
  if (success === false) return 'failed';
  return end === null ? 'running' : 'unknown';
}

/**
 * A step's (or rollback's) row. Its attempt bars are built when first read: the first paint of a 10,000-step
 * log reads those of the rows in view only, and the build pass gathers what the axis, the breakdown and the
 * filters need without them (a third of building the model, in a page whose code is still cold).
 */
export class StepRow implements GanttRow {
  readonly index: number;
  key: string;
  readonly name: string;
  readonly kind: RowKind;
  readonly lane: Lane;
  start: number | null = null;
  end: number | null = null;
  outcome: Outcome = 'unknown';
  readonly config: StepConfig | undefined;
  maxAttempts: number | undefined;
  nextAttemptDue: number | null | undefined;
  retrying = false;
  retried = false;
  failed = false;
  attemptFailed = false;
  error: AttemptBar['error'] = null;
  private readonly step: DoStep;
  private readonly origin: number;
  private readonly timeoutMs: number | undefined;
  private bars: AttemptBar[] | null = null;

  constructor(index: number, name: string, kind: RowKind, step: DoStep, origin: number, timeoutMs?: number) {
    this.index = index;
    this.key = name;
    this.name = name;
    this.kind = kind;
    this.lane = kind === 'rollback' ? 'rollback' : 'main';
    this.config = step.config;
    this.step = step;
    this.origin = origin;
    this.timeoutMs = timeoutMs;
  }

  get attempts(): AttemptBar[] {
    this.bars ??= attemptBars(this.step, this.origin, this.timeoutMs);
    return this.bars;
  }
}

/**
 * Whether a retry follows a failed attempt: one does after every attempt but the last, and after the last
 * while the step has not ended (the retry is pending). A finished step's failed last attempt was its last.
 */
export function retryFollows(step: DoStep, isLast: boolean): boolean {
  return !isLast || !step.end;
}

/** Every attempt of a do entry as a bar, each failed one with the backoff that followed it. */
export function attemptBars(step: DoStep, origin: number, timeoutMs: number | undefined): AttemptBar[] {
  const bars = step.attempts.map((a, i) => attemptBar(a, i + 1, origin, timeoutMs));
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i] as AttemptBar;
    const next = bars[i + 1];
    if (bar.outcome !== 'failed' || bar.end === null || !retryFollows(step, !next)) continue;
    const predicted = predictBackoff(step.config, bar.number);
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
  return bars;
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
