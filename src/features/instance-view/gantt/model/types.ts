import type { ErrorDetail, StepConfig } from '../../../../../contract/instances.ts';
import type { Interval } from './intervals.ts';

/** Entry types as the log names them; anything else the API adds later is kept as `unknown`. */
export type RowKind = 'step' | 'rollback' | 'sleep' | 'waitForEvent' | 'termination' | 'unknown';
export const ROW_KINDS: readonly RowKind[] = [
  'step',
  'rollback',
  'sleep',
  'waitForEvent',
  'termination',
  'unknown',
];

export type Outcome = 'succeeded' | 'failed' | 'running' | 'unknown';
export type Lane = 'main' | 'rollback';

/** All times in the model are milliseconds since the instance was queued (what `win=` carries). */
export interface Backoff {
  /** The failed attempt's end. */
  from: number;
  /** The next attempt's start; null while the retry is still pending. */
  to: number | null;
  /** What the retry config predicts (undefined for "[dynamic]" or an unknown backoff kind). */
  predictedMs: number | undefined;
  dynamic: boolean;
  actualMs: number | undefined;
  /** The actual gap is off the prediction by more than scheduling noise. */
  differs: boolean;
}

export interface TimeoutInference {
  /** How it was inferred: the error says so, or the attempt ran for the configured timeout. */
  reason: 'error' | 'duration';
}

export interface AttemptBar {
  /** 1-based, as `attempt=` in the URL and `/step?attempt=`. */
  number: number;
  start: number;
  /** null while the attempt runs. */
  end: number | null;
  outcome: Outcome;
  error: ErrorDetail | null;
  /** Per-attempt timeout envelope end (start + timeout), when the config's timeout is readable. */
  timeoutAt: number | undefined;
  /** No field says an attempt hit its timeout: this is inferred, never reported. */
  timedOut: TimeoutInference | null;
  /** The wait after this attempt, before the next one (or before the pending retry). */
  backoff: Backoff | null;
}

export type WaitResult = 'arrived' | 'timedOut' | 'waiting' | 'interrupted';

export interface GanttRow {
  /** Position in the log as given (execution order when fetched with order=asc). */
  index: number;
  /** The URL key: the log name, prefixed with its type where the name alone is ambiguous. */
  key: string;
  name: string;
  kind: RowKind;
  lane: Lane;
  start: number | null;
  end: number | null;
  outcome: Outcome;
  attempts: AttemptBar[];
  config: StepConfig | undefined;
  /** `limit + 1`, or the attempts seen when more than that. */
  maxAttempts: number | undefined;
  /** Between retries (failed last attempt, `end: null`): when the next attempt is due; null if unknowable. */
  nextAttemptDue: number | null | undefined;
  retrying: boolean;
  retried: boolean;
  /** The step (or wait, or sleep) itself failed. */
  failed: boolean;
  /** Some attempt failed, retried past or not: known without building the attempt bars. */
  attemptFailed: boolean;
  error: ErrorDetail | null;
  /** sleep: when it wakes (its end). */
  wakeAt?: number | null;
  /** waitForEvent. */
  eventType?: string | null;
  waitResult?: WaitResult;
  /** termination: who triggered it; drawn as a marker at the instance's end. */
  triggerSource?: string;
  /** A termination has no time of its own: its marker sits here. */
  markerAt?: number;
}

export interface DurationBreakdown {
  queued: number;
  running: number;
  sleeping: number;
  waiting: number;
  retrying: number;
}

/**
 * What the duration breakdown and the idle-folding axis both need, gathered while the rows are built, so that
 * neither walks every attempt of a 10,000-step log again.
 */
export interface BusyTime {
  /** Union of the finished attempts' [start, end]: sorted and disjoint. */
  finished: readonly Interval[];
  /** Its total length. */
  finishedLength: number;
  /** Starts of attempts still running (no end yet). */
  openStarts: readonly number[];
  /** Where termination markers sit. */
  markers: readonly number[];
}

export interface GanttModel {
  /** Epoch ms of `queued`: time zero of the chart. */
  origin: number;
  start: number | null;
  end: number | null;
  /** The right edge: the end, or now for an instance still going. */
  extent: number;
  /** ms since queued of "now" for a live instance, null when final. */
  now: number | null;
  rows: GanttRow[];
  byKey: ReadonlyMap<string, number>;
  busy: BusyTime;
  breakdown: DurationBreakdown;
}
