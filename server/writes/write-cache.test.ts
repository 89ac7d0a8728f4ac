import { describe, expect, it } from 'vitest';
import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from '../../simulator/index.ts';
import type { InstanceCache } from '../instance-cache.ts';
import { liveApp } from '../testing/fake-upstream.ts';

describe('a write through the dashboard and the finished-instance detail cache', () => {
  it('a restart and a delete make the cached detail stale: the next read goes upstream', async () => {
    const simulator = createSimulator({ seed: 7, instances: 1000, now: () => Date.UTC(2026, 10, 20, 12) });
    const entries = new Map<string, Uint8Array>();
    const cache: InstanceCache = {
      get: async (key) => entries.get(key),
      put: async (key, body) => {
        entries.set(key, body);
      },
    };
    const upstream = { baseUrl: SIMULATOR_BASE_URL, fetch: (request: Request) => simulator.fetch(request) };
    const app = liveApp(upstream, { accountIds: [DEMO_ACCOUNT_ID], instanceCache: cache, writes: true });
    const base = `/api/client/v4/accounts/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment/instances`;
    const list = await (await app.request(`${base}?status=errored&per_page=2`)).json();
    const [first, second] = list.result as { id: string }[];
    if (!first || !second) throw new Error('no errored instances');
    const status = async (id: string) => (await (await app.request(`${base}/${id}`)).json()).result?.status;
    expect(await status(first.id)).toBe('errored');
    expect(await status(first.id)).toBe('errored');
    expect(entries.size).toBeGreaterThan(0);

    const restart = await app.request(`${base}/${first.id}/status`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"status":"restart"}',
    });
    expect(restart.status).toBe(200);
    expect(await status(first.id)).toBe('queued');

    expect(await status(second.id)).toBe('errored');
    expect((await app.request(`${base}/${second.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await app.request(`${base}/${second.id}`)).status).toBe(404);
  });
});
