import { describe, expect, it } from 'vitest';
import { parseRateLimitHeader, RequestBudget } from './request-budget.ts';

function fakeClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('RequestBudget', () => {
  it('lets interactive requests through at once while the window has room', async () => {
    const clock = fakeClock();
    const budget = new RequestBudget({ capacity: 100, windowMs: 1000, ...clock });
    for (let i = 0; i < 50; i++) await budget.acquire('interactive');
    expect(clock.now()).toBe(1_000_000);
    expect(budget.getSnapshot().used).toBe(50);
  });

  it('caps bulk work at its share and keeps the rest for interactive requests', async () => {
    const clock = fakeClock();
    const budget = new RequestBudget({ capacity: 100, windowMs: 1000, bulkShare: 0.5, ...clock });
    for (let i = 0; i < 50; i++) await budget.acquire('bulk');
    expect(budget.waitFor('bulk')).toBeGreaterThan(0);
    expect(budget.waitFor('interactive')).toBe(0);
  });

  it('paces bulk requests once half of their share is spent', async () => {
    const clock = fakeClock();
    const budget = new RequestBudget({ capacity: 100, windowMs: 1000, bulkShare: 0.5, ...clock });
    for (let i = 0; i < 25; i++) await budget.acquire('bulk');
    const before = clock.now();
    await budget.acquire('bulk');
    await budget.acquire('bulk');
    // 1000 ms / 50 bulk requests: 20 ms apart.
    expect(clock.now() - before).toBeGreaterThanOrEqual(20);
  });

  it('never lets one tab spend the whole window, even on interactive requests', async () => {
    const clock = fakeClock();
    const budget = new RequestBudget({ capacity: 100, windowMs: 1000, tabShare: 0.85, ...clock });
    for (let i = 0; i < 85; i++) await budget.acquire('interactive');
    expect(budget.waitFor('interactive')).toBeGreaterThan(0);
  });

  it('blocks everything until a 429 Retry-After has passed, then resumes', async () => {
    const clock = fakeClock();
    const budget = new RequestBudget({ capacity: 100, windowMs: 1000, ...clock });
    budget.block(5000);
    expect(budget.getSnapshot().blockedUntil).toBe(clock.now() + 5000);
    const start = clock.now();
    await budget.acquire('interactive');
    expect(clock.now() - start).toBe(5000);
    expect(budget.getSnapshot().blockedUntil).toBe(0);
  });

  it('frees capacity as requests leave the window', async () => {
    const clock = fakeClock();
    const budget = new RequestBudget({ capacity: 10, windowMs: 1000, bulkShare: 0.5, ...clock });
    for (let i = 0; i < 5; i++) await budget.acquire('bulk');
    clock.advance(1001);
    expect(budget.waitFor('bulk')).toBe(0);
  });

  it('stops waiting when the caller aborts', async () => {
    const budget = new RequestBudget({ capacity: 10, windowMs: 60_000 });
    budget.block(60_000);
    const controller = new AbortController();
    const pending = budget.acquire('bulk', controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });

  it('follows the server count of the whole token: other tabs using it slow this one down', () => {
    const clock = fakeClock();
    const budget = new RequestBudget({ capacity: 100, windowMs: 1000, bulkShare: 0.5, ...clock });
    // Other tabs spent 60 of 100: bulk work waits until the server's count frees one; interactive goes.
    budget.observeServer(40, 300);
    expect(budget.waitFor('bulk')).toBe(300);
    expect(budget.waitFor('interactive')).toBe(0);
    expect(budget.getSnapshot().used).toBe(60);
    // None left: everything waits.
    budget.observeServer(0, 120);
    expect(budget.waitFor('interactive')).toBe(120);
    // Past that moment the count is stale: one request may go, and its answer brings a fresh count.
    clock.advance(121);
    expect(budget.waitFor('interactive')).toBe(0);
    expect(budget.waitFor('bulk')).toBe(0);
  });
});

describe('parseRateLimitHeader', () => {
  it('reads the remaining requests and the reset of the server RateLimit field', () => {
    expect(parseRateLimitHeader('"cloudflare";r=1187;t=300')).toEqual({ remaining: 1187, resetMs: 300_000 });
    expect(parseRateLimitHeader(null)).toBeNull();
    expect(parseRateLimitHeader('limit=100')).toBeNull();
  });
});
