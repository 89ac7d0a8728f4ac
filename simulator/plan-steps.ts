import { durationMs } from './duration.ts';
import { timeoutError } from './error-causes.ts';
import type { Rng } from './rng.ts';
import type { DoSpec, ErrorInfo, FailureSpec, PlannedAttempt, RetryConfig } from './types.ts';

/** Wait before retry n (n = 1-based number of the failed attempt), as the engine's lib/retries.ts does. */
export function backoffMs(retries: RetryConfig, n: number, rng: Rng): number {
  const delay = durationMs(retries.delay);
  if (delay === null) return rng.int(2_000, 60_000);
  switch (retries.backoff ?? 'exponential') {
    case 'constant':
      return delay;
    case 'linear':
      return delay * n;
    default:
      return delay * 2 ** (n - 1);
  }
}

export const DEFAULT_TIMEOUT_MS = 600_000;

export interface DoOutcome {
  attempts: PlannedAttempt[];
  end: number;
  ok: boolean;
  error: ErrorInfo | null;
}

/** Runs one `step.do` from `start`: attempts follow the retry limit, backoff and per-attempt timeout. */
/** Retry gaps go to `gaps` (they are waiting phases). */
export function planDo(
  spec: DoSpec,
  start: number,
  rng: Rng,
  gaps: [number, number][],
  failScale = 1,
): DoOutcome {
  const { retries, timeout } = spec.config;
  const timeoutMs = durationMs(timeout) ?? DEFAULT_TIMEOUT_MS;
  const attempts: PlannedAttempt[] = [];
  let persistent: FailureSpec | null = null;
  let t = start;
  for (let n = 1; ; n++) {
    const failure: FailureSpec | null =
      persistent ?? drawFailure(spec.failures, rng, n === 1 ? failScale : failScale * 0.5);
    if (failure && !persistent && rng.chance(failure.persist)) persistent = failure;
    if (!failure) {
      const end = t + Math.min(rng.int(spec.duration[0], spec.duration[1]), timeoutMs - 1);
      attempts.push({ start: t, end, ok: true, error: null });
      return { attempts, end, ok: true, error: null };
    }
    const end = failure.timeout
      ? t + timeoutMs
      : t + rng.int(spec.duration[0], Math.min(spec.duration[1], timeoutMs - 1));
    const error = failure.timeout ? timeoutError(spec.name, timeoutMs) : failure.cause(rng, end);
    attempts.push({ start: t, end, ok: false, error });
    if (!failure.retryable || n > retries.limit) return { attempts, end, ok: false, error };
    const next = end + backoffMs(retries, n, rng);
    gaps.push([end, next]);
    t = next;
  }
}

function drawFailure(failures: readonly FailureSpec[], rng: Rng, scale: number): FailureSpec | null {
  for (const failure of failures) if (rng.chance(failure.p * scale)) return failure;
  return null;
}
