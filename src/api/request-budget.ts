import { RATE_LIMIT_REQUESTS, RATE_LIMIT_WINDOW_MS } from '../../contract/params.ts';

/**
 * Counts this tab's requests against Cloudflare's limit (1,200 per 5 minutes per token) so that bulk work
 * (paging a whole range, exports) never starves the rest of the app or other tabs sharing the token.
 *
 * - `interactive` requests (what the user is looking at) may use up to `interactiveCap` per window.
 * - `bulk` requests may use up to `bulkCap` per window and are paced once half of that is used.
 * - A 429 blocks everything until its Retry-After has passed.
 * - The server counts every request on the token, from every tab and tool that goes through it, and says
 *   how many are left (its `RateLimit` header). Once the requests of all of them reach the bulk share, bulk
 *   work waits; once none are left, everything waits, until the server's count frees one.
 */
export type RequestPriority = 'interactive' | 'bulk';

export interface BudgetSnapshot {
  /** Requests in the last window: this tab's, or all the server counted on the token when that is more. */
  used: number;
  capacity: number;
  /** Epoch ms until which the upstream asked us to wait (429 Retry-After), or 0. */
  blockedUntil: number;
}

export interface RequestBudgetOptions {
  capacity?: number;
  windowMs?: number;
  /** Share of the window's capacity one tab may spend on bulk work. */
  bulkShare?: number;
  /** Share one tab may spend in all (the rest is left to other tabs and tools on the same token). */
  tabShare?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class RequestBudget {
  readonly capacity: number;
  readonly windowMs: number;
  readonly bulkCap: number;
  readonly interactiveCap: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private stamps: number[] = [];
  private blockedUntil = 0;
  private lastBulkAt = 0;
  /** The server's last word on the whole token: requests left, and until when that holds (epoch ms). */
  private server: { remaining: number; until: number } | null = null;
  private listeners = new Set<() => void>();
  private snapshot: BudgetSnapshot;

  constructor(options: RequestBudgetOptions = {}) {
    this.capacity = options.capacity ?? RATE_LIMIT_REQUESTS;
    this.windowMs = options.windowMs ?? RATE_LIMIT_WINDOW_MS;
    this.bulkCap = Math.floor(this.capacity * (options.bulkShare ?? 0.5));
    this.interactiveCap = Math.floor(this.capacity * (options.tabShare ?? 0.85));
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? abortableSleep;
    this.snapshot = { used: 0, capacity: this.capacity, blockedUntil: 0 };
  }

  /** Waits until a request of this priority may go, then counts it. */
  async acquire(priority: RequestPriority, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.waitFor(priority);
      if (wait <= 0) break;
      await this.sleep(wait, signal);
    }
    const at = this.now();
    this.stamps.push(at);
    if (priority === 'bulk') this.lastBulkAt = at;
    this.publish();
  }

  /** Milliseconds to wait before a request of this priority may go (0: now). */
  waitFor(priority: RequestPriority): number {
    const now = this.now();
    this.prune(now);
    if (this.blockedUntil > now) return this.blockedUntil - now;
    const shared = this.sharedWait(priority, now);
    if (shared > 0) return shared;
    const used = this.stamps.length;
    const cap = priority === 'bulk' ? this.bulkCap : this.interactiveCap;
    if (used >= cap) {
      const oldest = this.stamps[used - cap] ?? now;
      return Math.max(1, oldest + this.windowMs - now);
    }
    if (priority === 'bulk' && used >= cap / 2) {
      // Past half the bulk share, spread the rest evenly over the window.
      const spacing = this.windowMs / this.bulkCap;
      return Math.max(0, this.lastBulkAt + spacing - now);
    }
    return 0;
  }

  /** What the server says of the whole token: `remaining` requests until `resetMs` from now. */
  observeServer(remaining: number, resetMs: number): void {
    this.server = { remaining, until: this.now() + resetMs };
    this.publish();
  }

  /** The wait the server's count asks for; stale counts are ignored (the next answer brings a fresh one). */
  private sharedWait(priority: RequestPriority, now: number): number {
    if (!this.server || this.server.until <= now) return 0;
    const usedByAll = this.capacity - this.server.remaining;
    const cap = priority === 'bulk' ? this.bulkCap : this.capacity;
    return usedByAll >= cap ? this.server.until - now : 0;
  }

  /** Records a 429: nothing goes until `retryAfterMs` has passed. */
  block(retryAfterMs: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.now() + retryAfterMs);
    this.publish();
  }

  getSnapshot = (): BudgetSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private prune(now: number): void {
    const cutoff = now - this.windowMs;
    let drop = 0;
    while (drop < this.stamps.length && (this.stamps[drop] ?? 0) <= cutoff) drop++;
    if (drop > 0) this.stamps = this.stamps.slice(drop);
  }

  private publish(): void {
    this.prune(this.now());
    const now = this.now();
    const usedByAll = this.server && this.server.until > now ? this.capacity - this.server.remaining : 0;
    this.snapshot = {
      used: Math.max(this.stamps.length, usedByAll),
      capacity: this.capacity,
      blockedUntil: this.blockedUntil > this.now() ? this.blockedUntil : 0,
    };
    for (const listener of this.listeners) listener();
  }
}

/** The server's `RateLimit` header (`"cloudflare";r=<remaining>;t=<seconds>`), or null when absent or unreadable. */
export function parseRateLimitHeader(value: string | null): { remaining: number; resetMs: number } | null {
  if (!value) return null;
  const remaining = /;\s*r=(\d+)/.exec(value)?.[1];
  const reset = /;\s*t=(\d+)/.exec(value)?.[1];
  if (remaining === undefined || reset === undefined) return null;
  return { remaining: Number(remaining), resetMs: Number(reset) * 1000 };
}

/** The one budget of this tab: every request of the app goes through it. */
export const requestBudget = new RequestBudget();
