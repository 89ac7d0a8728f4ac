import { describe, expect, it } from 'vitest';
import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from '../simulator/index.ts';
import type { InstanceCache } from './instance-cache.ts';
import { ACCOUNT, fakeUpstream, liveApp } from './testing/fake-upstream.ts';
import type { Upstream } from './upstream.ts';

function memoryCache(): InstanceCache & { size: () => number } {
  const entries = new Map<string, Uint8Array>();
  return {
    get: async (key) => entries.get(key),
    put: async (key, body) => {
      entries.set(key, body);
    },
    size: () => entries.size,
  };
}

/** The demo account at a fixed moment, counting what reaches it. */
function simulatedApp() {
  const simulator = createSimulator({ seed: 7, instances: 1000, now: () => Date.UTC(2026, 10, 20, 12) });
  const paths: string[] = [];
  const upstream: Upstream = {
    baseUrl: SIMULATOR_BASE_URL,
    fetch: (request) => {
      paths.push(new URL(request.url).pathname);
      return simulator.fetch(request);
    },
  };
  const cache = memoryCache();
  const app = liveApp(upstream, { accountIds: [DEMO_ACCOUNT_ID], instanceCache: cache });
  const base = (workflow: string) =>
    `/api/client/v4/accounts/${DEMO_ACCOUNT_ID}/workflows/${workflow}/instances`;
  const ids = async (workflow: string, status: string) => {
    const body = (await (await app.request(`${base(workflow)}?status=${status}&per_page=5`)).json()) as {
      result: { id: string }[];
    };
    return body.result.map((row) => row.id);
  };
  return { app, base, paths, cache, ids };
}

describe("finished instances' details in the shared cache", () => {
  it('fetches an errored instance listed before once, however often it is opened', async () => {
    const { app, base, paths, ids } = simulatedApp();
    const [id] = await ids('order-fulfilment', 'errored');
    expect(id).toBeDefined();
    const first = await app.request(`${base('order-fulfilment')}/${id}`);
    const again = await app.request(`${base('order-fulfilment')}/${id}`);
    expect(await again.json()).toEqual(await first.json());
    expect(paths.filter((path) => path.endsWith(`/${id}`))).toHaveLength(1);
  });

  it('asks upstream every time for an instance that can still change', async () => {
    const { app, base, paths, cache, ids } = simulatedApp();
    const [waiting] = await ids('onboarding-emails', 'waiting');
    expect(waiting).toBeDefined();
    for (let i = 0; i < 2; i++) await app.request(`${base('onboarding-emails')}/${waiting}`);
    expect(paths.filter((path) => path.endsWith(`/${waiting}`))).toHaveLength(2);
    expect(cache.size()).toBe(0);
  });

  it('never serves a cached detail once the list shows the instance changed (a restart)', async () => {
    let modified = '2026-11-20T10:00:00.000Z';
    let status = 'errored';
    const { upstream, calls } = fakeUpstream((request) => {
      const listed = request.url.endsWith('/instances');
      const result = listed ? [{ id: 'order-1', status, modified_on: modified }] : { status, steps: [] };
      return Response.json({ success: true, errors: [], messages: [], result });
    });
    const app = liveApp(upstream, { instanceCache: memoryCache() });
    const base = `/api/client/v4/accounts/${ACCOUNT}/workflows/orders/instances`;
    await app.request(base);
    await app.request(`${base}/order-1`);
    await app.request(`${base}/order-1`);
    expect(calls.filter((call) => call.url.endsWith('/order-1'))).toHaveLength(1);

    [modified, status] = ['2026-11-20T11:00:00.000Z', 'complete'];
    await app.request(base);
    const after = (await (await app.request(`${base}/order-1`)).json()) as { result: { status: string } };
    expect(after.result.status).toBe('complete');
  });
});
