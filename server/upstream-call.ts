import { raceDeadline, type Upstream, UpstreamTimeoutError } from './upstream.ts';

/** An upstream answer read whole, so that it can be scrubbed, shared by coalesced callers and retried. */
export interface BufferedResponse {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Backoff before retry n (from 0) is base * 2^n, jittered to between half and all of it. */
  baseDelayMs: number;
  random?: () => number;
}

/** Two retries at 100-200 ms and 200-400 ms: bounded, and well inside any sensible UPSTREAM_TIMEOUT_MS. */
export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 100 };

/** Gateway failures that a repeat of an idempotent request may well get past. 429 is never retried. */
const RETRIED_STATUSES = new Set([502, 503, 504]);

export interface UpstreamGet {
  upstream: Upstream;
  url: string;
  headers: Headers;
  /** The whole budget, retries and backoff included: past it the call fails with UpstreamTimeoutError. */
  timeoutMs: number;
  retry: RetryPolicy;
  signal: AbortSignal;
}

/**
 * A GET (idempotent, so safe to repeat) with bounded, jittered exponential retries on 502/503/504 and on
 * network errors, all inside one deadline. A 429 and every other answer return at once; a 503's
 * Retry-After longer than the time left returns the 503 rather than waiting past it.
 */
export async function getWithRetries(call: UpstreamGet): Promise<BufferedResponse> {
  const deadline = Date.now() + call.timeoutMs;
  const random = call.retry.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    const left = deadline - Date.now();
    if (left <= 0) throw new UpstreamTimeoutError(`no answer within ${call.timeoutMs} ms`);
    const backoff = call.retry.baseDelayMs * 2 ** attempt * (0.5 + random() / 2);
    const canRetry = attempt < call.retry.retries;
    let answer: BufferedResponse;
    try {
      answer = await attemptOnce(call, left);
    } catch (error) {
      if (error instanceof UpstreamTimeoutError || call.signal.aborted) throw error;
      if (!canRetry || !(await pause(backoff, deadline, call.signal))) throw error;
      continue;
    }
    if (!canRetry || !RETRIED_STATUSES.has(answer.status)) return answer;
    const wait = Math.max(backoff, retryAfterMs(answer.headers.get('retry-after')));
    if (!(await pause(wait, deadline, call.signal))) return answer;
  }
}

async function attemptOnce(call: UpstreamGet, timeoutMs: number): Promise<BufferedResponse> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(call.signal.reason);
  call.signal.addEventListener('abort', onAbort, { once: true });
  const request = new Request(call.url, {
    method: 'GET',
    headers: call.headers,
    signal: controller.signal,
    redirect: 'manual',
  });
  try {
    return await raceDeadline(
      async () => {
        const response = await call.upstream.fetch(request);
        const body = new Uint8Array(await response.arrayBuffer());
        return { status: response.status, headers: response.headers, body };
      },
      timeoutMs,
      controller,
    );
  } finally {
    call.signal.removeEventListener('abort', onAbort);
  }
}

/** Waits `ms` unless that would pass the deadline (false) or the caller leaves (false). */
function pause(ms: number, deadline: number, signal: AbortSignal): Promise<boolean> {
  // Leave room for the next attempt itself: a retry that cannot finish in time is not worth starting.
  if (Date.now() + ms * 2 >= deadline || signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After in seconds or as an HTTP date; 0 when absent or unreadable. */
export function retryAfterMs(value: string | null): number {
  if (value === null) return 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - Date.now());
}
