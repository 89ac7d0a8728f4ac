import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../simulator/index.ts';
import { createApp } from '../app.ts';
import { runtimeFromConfig } from '../app-options.ts';
import { parseConfig } from '../config.ts';

const NOW = Date.parse('2026-11-20T12:00:00Z');

function demoApp() {
  let now = NOW;
  const simulator = createSimulator({ seed: 3, instances: 600, now: () => now, anchor: NOW });
  const runtime = runtimeFromConfig(parseConfig({ DEMO: '1', DASHBOARD_WRITES: '1' }), {
    version: '0.0.0',
    simulator,
  });
  const lines: string[] = [];
  const app = createApp({ ...runtime.options, log: (line) => lines.push(line) });
  const base = `/api/client/v4/accounts/${simulator.accountId}/workflows`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(`${base}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  };
  return { app, call, lines, tick: (ms: number) => (now += ms) };
}

describe('writes through the mirror to the simulator (demo mode, DASHBOARD_WRITES=1)', () => {
  it('says writes: true in /api/meta', async () => {
    const { app } = demoApp();
    expect(await (await app.request('/api/meta')).json()).toMatchObject({ mode: 'demo', writes: true });
  });

  it('creates an instance as wrangler does (params as an object), then pauses, resumes, restarts and terminates it', async () => {
    const { call, lines, tick } = demoApp();
    const created = await call('POST', '/onboarding-emails/instances', {
      instance_id: 'via-mirror',
      params: { email: 'a@b.c' },
    });
    expect(created).toMatchObject({
      status: 200,
      body: { success: true, result: { id: 'via-mirror', status: 'queued' } },
    });
    tick(5 * 60_000);
    const get = async () => (await call('GET', '/onboarding-emails/instances/via-mirror')).body.result;
    expect(await get()).toMatchObject({ status: 'waiting', params: { email: 'a@b.c' } });
    const status = (body: unknown) => call('PATCH', '/onboarding-emails/instances/via-mirror/status', body);
    expect((await status({ status: 'pause' })).body.result.status).toBe('waitingForPause');
    tick(1000);
    expect((await get()).status).toBe('paused');
    expect((await status({ status: 'resume' })).body.result.status).toBe('queued');
    expect(
      (await status({ status: 'restart', from: { name: 'send-welcome-email', count: 1, type: 'do' } }))
        .status,
    ).toBe(200);
    expect((await status({ status: 'terminate' })).body.result.status).toBe('terminated');
    expect((await status({ status: 'terminate' })).status).toBe(409);
    expect(lines.filter((line) => line.startsWith('audit write'))).toHaveLength(6);
    expect(lines).toContain('audit write terminate workflow=onboarding-emails instance=via-mirror -> 409');
  });

  it('sends an event, creates a batch, deletes one and a batch', async () => {
    const { call } = demoApp();
    const batch = await call('POST', '/image-processing/instances/batch', [
      { instance_id: 'b-1' },
      { params: '{"k":1}' },
    ]);
    expect(batch.status).toBe(200);
    expect(batch.body.result).toHaveLength(2);
    const event = await call('POST', '/image-processing/instances/b-1/events/approved', { ok: true });
    expect(event.status).toBe(200);
    const deleted = await call('DELETE', '/image-processing/instances/b-1');
    expect(deleted.body.result).toMatchObject({ instanceId: 'b-1' });
    expect((await call('GET', '/image-processing/instances/b-1')).status).toBe(404);
    const second = batch.body.result[1].id;
    const batchDelete = await call('POST', '/image-processing/instances/batch/delete', {
      instances: [second, 'b-1'],
    });
    expect(batchDelete.body.result).toEqual({
      deleted: [{ id: second }],
      errors: [{ id: 'b-1', code: 10400, message: 'workflows.api.error.instance.not_found' }],
    });
  });
});
