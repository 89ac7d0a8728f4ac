import type { Rng } from './rng.ts';
import type { DoSpec, FailureSpec, PayloadFn, Shape, StepConfig, StepSpec, TriggerSource } from './types.ts';

export interface PlanContext {
  rng: Rng;
  shape: Shape;
  created: number;
  /** Multiplier (>= 1) on failure odds while a named incident is going on. */
  incident: (name: string) => number;
}

/** A workflow of the demo account: its metadata, its volume and how its instances behave. */
export interface WorkflowDef {
  name: string;
  scriptName: string;
  className: string;
  /** Share of the generated instances. */
  share: number;
  triggers: readonly (readonly [TriggerSource, number])[];
  /** Cron-triggered: one instance per occurrence instead of a random rhythm. */
  cron?: { expression: string; hourUtc: number };
  versions: number;
  idStyle: 'uuid' | 'order' | 'cron';
  shape: (rng: Rng) => Shape;
  /** Shape of the showcase "large" instances (thousands of steps). */
  largeShape?: Shape;
  /** Shape of the showcase at the platform's maximum size. */
  hugeShape?: Shape;
  params: PayloadFn;
  output: PayloadFn;
  steps: (ctx: PlanContext) => StepSpec[];
  /** Odds that a failing or terminated instance runs its compensations (rollback entries). */
  rollbackP: number;
  terminateP: number;
}

export const DEFAULT_CONFIG: StepConfig = {
  retries: { limit: 5, delay: 10_000, backoff: 'exponential' },
  timeout: '10 minutes',
};

export function step(
  name: string,
  options: Partial<Omit<DoSpec, 'kind' | 'name'>> & Pick<DoSpec, 'duration'>,
): DoSpec {
  return {
    kind: 'do',
    name,
    config: options.config ?? DEFAULT_CONFIG,
    failures: options.failures ?? [],
    output: options.output ?? (() => null),
    duration: options.duration,
    ...(options.rollback ? { rollback: true } : {}),
    ...(options.group !== undefined ? { group: options.group } : {}),
    ...(options.caught ? { caught: true } : {}),
  };
}

export function fail(
  p: number,
  cause: FailureSpec['cause'],
  options: { retryable?: boolean; persist?: number; timeout?: boolean } = {},
): FailureSpec {
  return {
    p: Math.min(p, 0.95),
    cause,
    retryable: options.retryable ?? true,
    persist: options.persist ?? 0.1,
    ...(options.timeout ? { timeout: true } : {}),
  };
}

/** Attempts that run until the step timeout and end with a TimeoutError. */
export function timedOut(p: number, persist = 0.1): FailureSpec {
  return fail(p, () => ({ name: 'TimeoutError', message: '' }), { timeout: true, persist });
}
