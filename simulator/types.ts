import type { KnownInstanceStatus } from '../contract/status.ts';
import type { Rng } from './rng.ts';

export type InstanceStatus = KnownInstanceStatus;
export type TriggerSource = 'unknown' | 'api' | 'binding' | 'event' | 'cron';
export type Backoff = 'constant' | 'linear' | 'exponential';

export interface ErrorInfo {
  name: string;
  message: string;
}

export interface RetryConfig {
  limit: number;
  /** ms, a duration string, or "[dynamic]" (computed by user code). */
  delay: number | string;
  backoff?: Backoff;
}

export interface StepConfig {
  retries: RetryConfig;
  /** Per attempt. */
  timeout: number | string;
  sensitive?: 'output';
}

/** Cheap numbers drawn before planning (line items, record counts) that shape the step plan. */
export type Shape = Readonly<Record<string, number>>;

/** Builds a JSON payload lazily; only called when a response needs it. */
export type PayloadFn = (rng: Rng, shape: Shape, created: number) => unknown;
export type CauseFn = (rng: Rng, at: number) => ErrorInfo;

export interface FailureSpec {
  /** Probability that one attempt fails this way. */
  p: number;
  cause: CauseFn;
  /** False for NonRetryableError-style failures: retries end at once. */
  retryable: boolean;
  /** Probability that, once it happened, every later attempt fails the same way. */
  persist: number;
  /** The attempt runs until the step timeout and ends with a TimeoutError. */
  timeout?: boolean;
}

export interface DoSpec {
  kind: 'do';
  name: string;
  config: StepConfig;
  duration: readonly [number, number];
  failures: readonly FailureSpec[];
  output: PayloadFn;
  /** Name of the compensation that runs as a `rollback` entry when the instance rolls back. */
  rollback?: boolean;
  /** User code catches the step's final failure: the instance goes on. */
  caught?: boolean;
  /** Steps sharing a group number start together (Promise.all). */
  group?: number;
}

export interface SleepSpec {
  kind: 'sleep';
  name: string;
  ms: number;
}

export interface WaitSpec {
  kind: 'wait';
  name: string;
  eventType: string;
  timeoutMs: number;
  deliverP: number;
  delay: readonly [number, number];
  output: PayloadFn;
  /** User code catches the timeout: the instance goes on. */
  caught?: boolean;
}

export type StepSpec = DoSpec | SleepSpec | WaitSpec;

/** Open (still running, or cut off for good) attempts and steps end at Infinity. */
export interface PlannedAttempt {
  start: number;
  end: number;
  ok: boolean;
  error: ErrorInfo | null;
}

export interface PlannedDo {
  kind: 'do';
  type: 'step' | 'rollback';
  name: string;
  spec: DoSpec;
  index: number;
  start: number;
  end: number;
  ok: boolean;
  attempts: PlannedAttempt[];
}

export interface PlannedSleep {
  kind: 'sleep';
  name: string;
  start: number;
  end: number;
  /** Cut short by a termination or pause: never finishes. */
  interrupted?: boolean;
}

export interface PlannedWait {
  kind: 'wait';
  name: string;
  spec: WaitSpec;
  index: number;
  start: number;
  end: number;
  delivered: boolean;
  interrupted?: boolean;
  /** The payload of an event sent through the API (send-event); otherwise generated from the seed. */
  payload?: { value: unknown };
}

export interface PlannedTermination {
  kind: 'termination';
  start: number;
  end: number;
  source: string;
}

export type PlannedEntry = PlannedDo | PlannedSleep | PlannedWait | PlannedTermination;

/** From `from` on (until the next phase) the instance shows `status`. */
export interface Phase {
  from: number;
  status: InstanceStatus;
}

/** The full deterministic timeline of one instance; materialised at any clock time. */
export interface Plan {
  seed: number;
  created: number;
  start: number;
  /** When it reaches a final status; null when it rests in a static state (paused, rollingBack...). */
  end: number | null;
  phases: Phase[];
  entries: PlannedEntry[];
  error: ErrorInfo | null;
  rollback: { outcome: 'complete' | 'failed'; error: ErrorInfo | null } | null;
  shape: Shape;
  /** Params given to create-instance; otherwise generated from the seed. */
  params?: { value: unknown };
}
