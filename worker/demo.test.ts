import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { fixtureAssets } from './testing/fixture-assets.ts';
import { type RunningWorker, startWorker } from './testing/wrangler-dev.ts';

/**
 * The Worker on workerd (wrangler dev), demo mode, no Access: started once for this file. Every simulated
 * answer takes 150 ms, so that requests sent together are still in flight together.
 */
let worker: RunningWorker;
const api = `/api/client/v4/accounts/${DEMO_ACCOUNT_ID}/workflows`;

beforeAll(async () => {
  worker = await startWorker({
    assets: fixtureAssets(),
    vars: { DEMO_SEED: '42', DEMO_INSTANCES: '600', DEMO_FAULTS: 'latency=150-150' },
  });
}, 90_000);
afterAll(() => worker?.stop());

const get = (path: string, init?: RequestInit) => fetch(`${worker.url}${path}`, init);
/** What the RateLimit field says is left of the token's 5-minute budget. */
const remaining = (response: Response) =>
  Number(/;r=(\d+);/.exec(response.headers.get('ratelimit') ?? '')?.[1] ?? Number.NaN);
const budgetNow = async () => remaining(await get(`${api}?per_page=1`));

describe('demo mode on workerd', () => {
  it('names the simulated account in /api/meta, with no user when Access is off', async () => {
    const response = await get('/api/meta');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      mode: 'demo',
      accounts: [{ id: DEMO_ACCOUNT_ID, name: 'Demo' }],
      writes: false,
      version: expect.any(String),
    });
  });

  it('mirrors the Workflows API with the simulator behind it, and refuses what the server refuses', async () => {
    const list = await get(`${api}?per_page=100`);
    const names = ((await list.json()) as { result: { name: string }[] }).result.map((w) => w.name);
    expect(names).toContain('order-fulfilment');
    expect(list.headers.get('ratelimit-policy')).toBe('"cloudflare";q=1200;w=300');
    // Two upstream requests so far, both counted by the gate: /api/meta's account name and this list.
    expect(remaining(list)).toBe(1198);
    expect((await get(`${api}/order-fulfilment/instances?per_page=1000`)).status).toBe(400);
    expect((await get('/api/client/v4/accounts/someone-else/workflows')).status).toBe(403);
    expect((await get(api, { method: 'POST' })).status).toBe(405);
    expect((await get('/api/client/v4/zones')).status).toBe(404);
  });

  it("serves the app's routes: files, client-side routes fall back to index.html, missing files 404", async () => {
    for (const path of ['/', `/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment/errors?range=24h`]) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('the app');
    }
    expect(await (await get('/assets/app-1234.js')).text()).toContain('export const app');
    expect((await get('/assets/gone-5678.js')).status).toBe(404);
    expect((await get('/api/nope')).status).toBe(404);
  });

  it('puts the security headers on the app, the API and refusals alike', async () => {
    for (const path of ['/', '/api/meta', `${api}/a..b`, '/assets/app-1234.js']) {
      const headers = (await get(path)).headers;
      expect(headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('refuses a cross-origin request', async () => {
    const response = await get('/api/meta', { headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
  });
});

describe("the credential's gate (one Durable Object) holds the budget", () => {
  it('counts each upstream request once; identical concurrent GETs share one', async () => {
    const before = await budgetNow();
    const path = `${api}/order-fulfilment/instances?per_page=7`;
    const answers = await Promise.all(Array.from({ length: 6 }, () => get(path)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    // One for the shared list, one for budgetNow's own request.
    expect(await budgetNow()).toBe(before - 2);
  });

  it('serves a finished instance a second time from the cache, without spending budget', async () => {
    const errored = await get(`${api}/order-fulfilment/instances?status=errored&per_page=3`);
    const [first] = ((await errored.json()) as { result: { id: string }[] }).result;
    expect(first).toBeDefined();
    const detailPath = `${api}/order-fulfilment/instances/${first?.id}`;
    const fresh = await get(detailPath);
    expect(fresh.status).toBe(200);
    const before = remaining(fresh);
    const cached = await get(detailPath);
    expect(cached.status).toBe(200);
    expect(await cached.json()).toEqual(await fresh.json());
    expect(remaining(cached)).toBe(before);
  });

  it('keeps asking upstream for an instance that can still change', async () => {
    const waiting = await get(`${api}/onboarding-emails/instances?status=waiting&per_page=1`);
    const [row] = ((await waiting.json()) as { result: { id: string }[] }).result;
    expect(row).toBeDefined();
    const detailPath = `${api}/onboarding-emails/instances/${row?.id}`;
    const first = await get(detailPath);
    expect(first.status).toBe(200);
    expect(remaining(await get(detailPath))).toBe(remaining(first) - 1);
  });
});
