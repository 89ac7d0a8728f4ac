import { parseWorkflowDuration } from '../../../../../contract/duration.ts';
import type { StepConfig } from '../../../../../contract/instances.ts';

export const DYNAMIC_DELAY = '[dynamic]';

export interface PredictedDelay {
  ms: number | undefined;
  dynamic: boolean;
}

/**
 * The wait before the retry that follows failed attempt `n` (1-based), as the engine computes it
 * (workers-sdk lib/retries.ts): exponential `delay * 2^(n-1)`, linear `delay * n`, constant `delay`.
 * So the first retry waits `delay` under every kind. A missing backoff means exponential (the default).
 * "[dynamic]" is computed by user code: no prediction, flagged as such.
 */
export function predictBackoff(config: StepConfig | undefined, n: number): PredictedDelay {
  const retries = config?.retries;
  if (!retries) return { ms: undefined, dynamic: false };
  if (typeof retries.delay === 'string' && retries.delay.trim() === DYNAMIC_DELAY)
    return { ms: undefined, dynamic: true };
  const delay = parseWorkflowDuration(retries.delay);
  if (delay === undefined) return { ms: undefined, dynamic: false };
  switch (retries.backoff ?? 'exponential') {
    case 'exponential':
      return { ms: delay * 2 ** (n - 1), dynamic: false };
    case 'linear':
      return { ms: delay * n, dynamic: false };
    case 'constant':
      return { ms: delay, dynamic: false };
    default:
      return { ms: undefined, dynamic: false };
  }
}

/** Scheduling noise: a gap within max(500 ms, 10 %) of the prediction is "as predicted". */
export function differsFromPrediction(actualMs: number, predictedMs: number | undefined): boolean {
  if (predictedMs === undefined) return false;
  return Math.abs(actualMs - predictedMs) > Math.max(500, predictedMs * 0.1);
}

/** Within max(50 ms, 1 %) below the configured timeout counts as "ran until the timeout". */
export function ranUntilTimeout(durationMs: number, timeoutMs: number | undefined): boolean {
  if (timeoutMs === undefined) return false;
  return durationMs >= timeoutMs - Math.max(50, timeoutMs * 0.01);
}

/** An error that says the attempt timed out (the engine's TimeoutError; not a wait's WorkflowTimeoutError). */
export function isTimeoutError(error: { name: string } | null | undefined): boolean {
  return !!error && /^TimeoutError$|step.*timed? ?out/i.test(error.name);
}
