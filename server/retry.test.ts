import { describe, expect, it } from 'vitest';
import { ACCOUNT, fakeUpstream, liveApp } from './testing/fake-upstream.ts';

const WORKFLOWS = `/api/client/v4/accounts/${ACCOUNT}/workflows`;
const OK = () => Response.json({ success: true, errors: [], messages: [], result: [] });
const failing = (status: number, headers?: HeadersInit) => () =>
  Response.json(
    { success: false, errors: [{ code: 10001, message: 'upstream trouble' }], messages: [], result: null },
    { status, headers },
  );
const fast = { retries: 2, baseDelayMs: 5 };

/** An upstream that answers with each of `answers` in turn, then with the last one. */
function sequence(...answers: (() => Response)[]) {
  let index = 0;
  return fakeUpstream(() => {
    const answer = answers[Math.min(index, answers.length - 1)] as () => Response;
    index++;
    return answer();
  });
}

const networkError = () => {
  throw new TypeError('fetch failed', { cause: new Error('read ECONNRESET') });
};

describe('retries of idempotent GETs', () => {
  it.each([502, 503, 504])('retries a %i and answers with the success that follows', async (status) => {
    const { upstream, calls } = sequence(failing(status), OK);
    const response = await liveApp(upstream, { retry: fast }).request(WORKFLOWS);
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('retries a dropped connection', async () => {
    const { upstream, calls } = sequence(networkError, networkError, OK);
    const response = await liveApp(upstream, { retry: fast }).request(WORKFLOWS);
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(3);
  });

  it('gives up after two retries and passes the last answer on', async () => {
    const { upstream, calls } = sequence(failing(503));
    const response = await liveApp(upstream, { retry: fast }).request(WORKFLOWS);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ errors: [{ message: 'upstream trouble' }] });
    expect(calls).toHaveLength(3);
  });

  it('answers 502 when every attempt fails to connect', async () => {
    const { upstream, calls } = sequence(networkError);
    const response = await liveApp(upstream, { retry: fast }).request(WORKFLOWS);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ errors: [{ code: 10502 }] });
    expect(calls).toHaveLength(3);
  });

  it.each([429, 500, 400, 404])('does not retry a %i', async (status) => {
    const { upstream, calls } = sequence(failing(status, { 'retry-after': '3' }), OK);
    const response = await liveApp(upstream, { retry: fast }).request(WORKFLOWS);
    expect(response.status).toBe(status);
    expect(calls).toHaveLength(1);
  });

  it('passes a 503 on rather than wait out a Retry-After longer than the time left', async () => {
    const { upstream, calls } = sequence(failing(503, { 'retry-after': '30' }), OK);
    const started = Date.now();
    const response = await liveApp(upstream, { retry: fast, upstreamTimeoutMs: 2000 }).request(WORKFLOWS);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(calls).toHaveLength(1);
    // Waiting it out would take 30 s; the bound leaves room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('keeps retries inside UPSTREAM_TIMEOUT_MS', async () => {
    const { upstream } = sequence(networkError);
    const started = Date.now();
    const app = liveApp(upstream, { retry: { retries: 2, baseDelayMs: 400 }, upstreamTimeoutMs: 500 });
    const response = await app.request(WORKFLOWS);
    expect(response.status).toBe(502);
    // Both retries would take 400 + 800 ms past the first try: stopping at the 500 ms budget is well under.
    expect(Date.now() - started).toBeLessThan(1100);
  });

  it('backs off exponentially with jitter between attempts', async () => {
    const times: number[] = [];
    const { upstream } = fakeUpstream(() => {
      times.push(Date.now());
      return failing(502)();
    });
    await liveApp(upstream, { retry: { retries: 2, baseDelayMs: 40 } }).request(WORKFLOWS);
    const [first = 0, second = 0, third = 0] = times;
    expect(second - first).toBeGreaterThanOrEqual(19);
    expect(second - first).toBeLessThan(80);
    expect(third - second).toBeGreaterThanOrEqual(39);
    expect(third - second).toBeLessThan(140);
  });

  it('never retries a write: it is refused before anything goes upstream', async () => {
    const { upstream, calls } = sequence(failing(503));
    const response = await liveApp(upstream, { retry: fast }).request(`${WORKFLOWS}/orders/instances`, {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(405);
    expect(calls).toHaveLength(0);
  });
});
