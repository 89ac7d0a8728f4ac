import { RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_MS } from '../contract/params.ts';

/**
 * The policy's name in the RateLimit fields. The fields follow draft-ietf-httpapi-ratelimit-headers-10/11
 * (Structured Field lists: `RateLimit-Policy: "name";q=<quota>;w=<window s>` and
 * `RateLimit: "name";r=<remaining>;t=<seconds until quota is regained>`), which replaced draft-07's
 * `limit=, remaining=, reset=` form.
 */
export const RATE_LIMIT_POLICY = 'cloudflare';

export interface RateBudgetSnapshot {
  remaining: number;
  /** Whole seconds until the oldest counted request leaves the window, giving one back (0: none counted). */
  resetSeconds: number;
}

/**
 * Where the per-credential budget lives. The default counts in this process's memory; a host with several
 * processes (Workers isolates) plugs in one shared store, whose snapshot may then take a round trip.
 */
export interface RateBudget {
  record(identity: string): void;
  block(identity: string, retryAfterSeconds: number): void;
  snapshot(identity: string): RateBudgetSnapshot | Promise<RateBudgetSnapshot>;
}

/** What a budget counts, as plain data: a host that may lose its memory (a Durable Object) stores it. */
export interface RateBudgetState {
  /** Per identity, the times (ms) of the requests still inside the window, oldest first. */
  sent: Record<string, number[]>;
  /** Per identity, until when (ms) a 429 has emptied the budget. */
  blockedUntil: Record<string, number>;
}

/**
 * Counts this server's upstream requests per credential over Cloudflare's rolling window (1,200 requests
 * per 5 minutes per token), so that every tab and tool behind the server reads one shared budget. A 429
 * from upstream empties the budget until its Retry-After has passed.
 */
export function createRateBudget(now: () => number = Date.now, restored?: RateBudgetState) {
  const sent = new Map<string, number[]>(Object.entries(restored?.sent ?? {}));
  const blockedUntil = new Map<string, number>(Object.entries(restored?.blockedUntil ?? {}));
  const prune = (times: number[], at: number) => {
    let stale = 0;
    while (stale < times.length && (times[stale] ?? 0) <= at - RATE_LIMIT_WINDOW_MS) stale++;
    if (stale > 0) times.splice(0, stale);
  };
  return {
    record(identity: string): void {
      const times = sent.get(identity) ?? [];
      const at = now();
      prune(times, at);
      times.push(at);
      sent.set(identity, times);
    },
    block(identity: string, retryAfterSeconds: number): void {
      blockedUntil.set(identity, Math.max(blockedUntil.get(identity) ?? 0, now() + retryAfterSeconds * 1000));
    },
    snapshot(identity: string): RateBudgetSnapshot {
      const at = now();
      const times = sent.get(identity) ?? [];
      prune(times, at);
      const blocked = (blockedUntil.get(identity) ?? 0) - at;
      if (blocked > 0) return { remaining: 0, resetSeconds: Math.ceil(blocked / 1000) };
      const remaining = Math.max(0, RATE_LIMIT_REQUESTS - times.length);
      // The oldest request of the window leaves it first, giving one request back.
      const oldest = times[Math.max(0, times.length - RATE_LIMIT_REQUESTS)];
      const resetSeconds = oldest === undefined ? 0 : Math.ceil((oldest + RATE_LIMIT_WINDOW_MS - at) / 1000);
      return { remaining, resetSeconds };
    },
    state(): RateBudgetState {
      return { sent: Object.fromEntries(sent), blockedUntil: Object.fromEntries(blockedUntil) };
    },
  };
}

export type MemoryRateBudget = ReturnType<typeof createRateBudget>;

/** The draft's two response fields for a snapshot. */
export function rateLimitHeaders(snapshot: RateBudgetSnapshot): Record<string, string> {
  return {
    'RateLimit-Policy': `"${RATE_LIMIT_POLICY}";q=${RATE_LIMIT_REQUESTS};w=${RATE_LIMIT_WINDOW_MS / 1000}`,
    RateLimit: `"${RATE_LIMIT_POLICY}";r=${snapshot.remaining};t=${snapshot.resetSeconds}`,
  };
}
