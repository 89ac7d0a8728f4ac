import { describe, expect, it } from 'vitest';
import { createRateBudget, rateLimitHeaders } from './rate-budget.ts';
import { ACCOUNT, fakeUpstream, liveApp, OTHER_ACCOUNT } from './testing/fake-upstream.ts';

const WORKFLOWS = `/api/client/v4/accounts/${ACCOUNT}/workflows`;

/** An upstream whose answers wait until `release()`, so that requests overlap. */
function gatedUpstream() {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const fake = fakeUpstream(async (request) => {
    await gate;
    return Response.json({ success: true, errors: [], messages: [], result: [{ url: request.url }] });
  });
  return { ...fake, release };
}

describe('coalescing identical concurrent GETs', () => {
  it('sends twenty identical concurrent GETs upstream once, and each caller gets a whole answer', async () => {
    const { upstream, calls, release } = gatedUpstream();
    const app = liveApp(upstream);
    const pending = Array.from({ length: 20 }, () => app.request(`${WORKFLOWS}/orders/instances?per_page=5`));
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const responses = await Promise.all(pending);
    expect(calls).toHaveLength(1);
    const bodies = await Promise.all(responses.map((response) => response.json()));
    for (const body of bodies) expect(body.result).toHaveLength(1);
  });

  it('does not share across paths, queries, accounts or credentials', async () => {
    const { upstream, calls, release } = gatedUpstream();
    const app = liveApp(upstream, { accountIds: [ACCOUNT, OTHER_ACCOUNT] });
    const other = liveApp(upstream, { credentials: { kind: 'token', token: 'another-token-123' } });
    const pending = [
      app.request(`${WORKFLOWS}/orders`),
      app.request(`${WORKFLOWS}/orders/instances`),
      app.request(`${WORKFLOWS}/orders/instances?per_page=5`),
      app.request(`/api/client/v4/accounts/${OTHER_ACCOUNT}/workflows/orders`),
      other.request(`${WORKFLOWS}/orders`),
    ];
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await Promise.all(pending);
    expect(calls).toHaveLength(5);
  });

  it('asks again once the first answer is in (it coalesces, it does not cache)', async () => {
    const { upstream, calls } = fakeUpstream();
    const app = liveApp(upstream);
    await app.request(WORKFLOWS);
    await app.request(WORKFLOWS);
    expect(calls).toHaveLength(2);
  });

  it('keeps the shared request going when one of two callers gives up', async () => {
    const { upstream, calls, release } = gatedUpstream();
    const app = liveApp(upstream);
    const leaving = new AbortController();
    const first = app.request(WORKFLOWS, { signal: leaving.signal });
    const second = app.request(WORKFLOWS);
    await new Promise((resolve) => setTimeout(resolve, 10));
    leaving.abort();
    release();
    await Promise.resolve(first).catch(() => undefined);
    const response = await second;
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.signal.aborted).toBe(false);
  });
});

describe('the shared rate budget', () => {
  it('is not advertised in demo mode, where no Cloudflare limit applies to the simulator', async () => {
    const { upstream } = fakeUpstream();
    const app = liveApp(upstream, { mode: 'demo' });
    const answer = await app.request(WORKFLOWS);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('ratelimit')).toBeNull();
    expect(answer.headers.get('ratelimit-policy')).toBeNull();
  });

  it('counts upstream requests per credential and says so in the RateLimit fields', async () => {
    const { upstream } = fakeUpstream();
    const app = liveApp(upstream);
    const first = await app.request(WORKFLOWS);
    expect(first.headers.get('ratelimit-policy')).toBe('"cloudflare";q=1200;w=300');
    expect(first.headers.get('ratelimit')).toBe('"cloudflare";r=1199;t=300');
    await app.request(`${WORKFLOWS}/orders`);
    const third = await app.request(`${WORKFLOWS}/orders/instances`);
    expect(third.headers.get('ratelimit')).toMatch(/^"cloudflare";r=1197;t=(299|300)$/);
    const refused = await app.request(`${WORKFLOWS}?per_page=1000`);
    expect(refused.status).toBe(400);
    const after = await app.request(`${WORKFLOWS}/orders/instances`);
    expect(after.headers.get('ratelimit')).toMatch(/^"cloudflare";r=1196;/);
  });

  it('passes a 429 straight through and reports no budget until its Retry-After has passed', async () => {
    const { upstream, calls } = fakeUpstream(() =>
      Response.json(
        { success: false, errors: [{ code: 971, message: 'slow down' }], messages: [], result: null },
        { status: 429, headers: { 'retry-after': '42' } },
      ),
    );
    const response = await liveApp(upstream).request(WORKFLOWS);
    expect(response.status).toBe(429);
    expect(calls).toHaveLength(1);
    expect(response.headers.get('retry-after')).toBe('42');
    expect(response.headers.get('ratelimit')).toBe('"cloudflare";r=0;t=42');
  });

  it('rolls over five minutes: old requests leave the window and give their budget back', () => {
    let now = 0;
    const budget = createRateBudget(() => now);
    for (let i = 0; i < 1200; i++) budget.record('a');
    expect(budget.snapshot('a')).toEqual({ remaining: 0, resetSeconds: 300 });
    expect(budget.snapshot('b')).toEqual({ remaining: 1200, resetSeconds: 0 });
    now = 120_000;
    budget.record('a');
    expect(budget.snapshot('a')).toEqual({ remaining: 0, resetSeconds: 180 });
    now = 300_001;
    expect(budget.snapshot('a')).toEqual({ remaining: 1199, resetSeconds: 120 });
    expect(rateLimitHeaders(budget.snapshot('a')).RateLimit).toBe('"cloudflare";r=1199;t=120');
  });
});
