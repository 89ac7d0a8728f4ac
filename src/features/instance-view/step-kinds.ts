import { parseWorkflowDuration } from '../../../contract/duration.ts';
import type { DoStep, SleepStep, Step, TerminationStep, WaitStep } from '../../../contract/instances.ts';

/** The schema's union ends in a catch-all `{type: string}`, so narrowing needs these guards. */
export function isDoStep(step: Step): step is DoStep {
  return (step.type === 'step' || step.type === 'rollback') && 'attempts' in step;
}
export function isSleepStep(step: Step): step is SleepStep {
  return step.type === 'sleep';
}
export function isWaitStep(step: Step): step is WaitStep {
  return step.type === 'waitForEvent';
}
export function isTerminationStep(step: Step): step is TerminationStep {
  return step.type === 'termination';
}

export type RunState = 'succeeded' | 'failed' | 'running' | 'retrying' | 'unknown';

export function attemptState(attempt: { end?: string | null; success?: boolean | null }): RunState {
  if (attempt.success === true) return 'succeeded';
  if (attempt.success === false) return 'failed';
  return attempt.end ? 'unknown' : 'running';
}

/** A step whose last attempt failed and which has not ended is waiting out its backoff before a retry. */
export function doStepState(step: DoStep): RunState {
  if (step.success === true) return 'succeeded';
  if (step.success === false && step.end) return 'failed';
  const last = step.attempts.at(-1);
  if (!step.end && last && last.success === false) return 'retrying';
  if (step.success === false) return 'failed';
  return step.end ? 'unknown' : 'running';
}

/**
 * Milliseconds of backoff before the retry that follows failed attempt `n` (1-based): exponential
 * `delay * 2^(n-1)`, linear `delay * n`, constant `delay` (workers-sdk lib/retries.ts). Undefined for
 * "[dynamic]" delays and unknown backoffs.
 */
export function backoffBeforeRetry(config: DoStep['config'], n: number): number | undefined {
  const retries = config?.retries;
  const delay = parseWorkflowDuration(retries?.delay);
  if (!retries || delay === undefined) return undefined;
  switch (retries.backoff ?? 'exponential') {
    case 'exponential':
      return delay * 2 ** (n - 1);
    case 'linear':
      return delay * n;
    case 'constant':
      return delay;
    default:
      return undefined;
  }
}
