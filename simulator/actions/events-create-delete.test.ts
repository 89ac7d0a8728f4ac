import { describe, expect, it } from 'vitest';
import { T0 } from '../test-support.ts';
import { MIN, setup } from './action-test-support.ts';

describe('send event', () => {
  it('delivers to the open wait of that type, which finishes with the payload; the instance goes on', async () => {
    const sim = setup();
    const waiting = await sim.firstWith('onboarding-emails', 'waiting');
    let target: string | undefined;
    for (const row of waiting) {
      const d = await sim.detail('onboarding-emails', row.id);
      const last = d.steps.at(-1) as { type: string; finished?: boolean; error?: unknown };
      if (last.type === 'waitForEvent' && !last.finished && !last.error) target = row.id;
      if (target) break;
    }
    if (!target) throw new Error('no instance waiting for an event');
    const payload = { plan: 'team', seats: 3 };
    const answer = await sim.write(
      'POST',
      `/workflows/onboarding-emails/instances/${target}/events/subscription-upgraded`,
      payload,
    );
    expect(answer.status).toBe(200);
    sim.setNow(T0 + 30 * MIN);
    const detail = await sim.detail('onboarding-emails', target);
    const wait = (detail.steps as { type: string; finished?: boolean; output?: string }[]).find(
      (s) => s.type === 'waitForEvent',
    );
    expect(wait).toMatchObject({ finished: true, output: JSON.stringify(payload) });
    expect(detail.status).toBe('complete');
    const step = await sim.get(
      `/workflows/onboarding-emails/instances/${target}/step?name=await-upgrade-1&type=waitForEvent`,
    );
    expect(step.body.result).toMatchObject({ status: 'complete', output: payload });
  });

  it('accepts an event for a finished instance and changes nothing', async () => {
    const sim = setup();
    const [complete] = await sim.firstWith('onboarding-emails', 'complete');
    if (!complete) throw new Error('no complete instance');
    const before = await sim.detail('onboarding-emails', complete.id);
    const answer = await sim.write(
      'POST',
      `/workflows/onboarding-emails/instances/${complete.id}/events/x`,
      {},
    );
    expect(answer.status).toBe(200);
    expect(await sim.detail('onboarding-emails', complete.id)).toEqual(before);
  });
});

describe('create and delete', () => {
  it('creates an instance with its params and id; refuses a duplicate (409) and a reserved id (400)', async () => {
    const sim = setup();
    const created = await sim.write('POST', '/workflows/image-processing/instances', {
      instance_id: 'my-run',
      params: { a: 1 },
    });
    expect(created.body.result).toMatchObject({ id: 'my-run', status: 'queued' });
    const detail = await sim.detail('image-processing', 'my-run');
    expect(detail.params).toEqual({ a: 1 });
    expect(detail.trigger).toEqual({ source: 'api' });
    const list = await sim.get('/workflows/image-processing/instances?per_page=5');
    expect(list.body.result[0].id).toBe('my-run');
    const duplicate = await sim.write('POST', '/workflows/image-processing/instances', {
      instance_id: 'my-run',
    });
    expect(duplicate.status).toBe(409);
    const reserved = await sim.write('POST', '/workflows/image-processing/instances', {
      instance_id: 'batch',
    });
    expect(reserved.status).toBe(400);
    const asString = await sim.write('POST', '/workflows/image-processing/instances', { params: '{"b":2}' });
    expect((await sim.detail('image-processing', asString.body.result.id)).params).toEqual({ b: 2 });
    sim.setNow(T0 + 60 * MIN);
    expect(['complete', 'errored']).toContain((await sim.detail('image-processing', 'my-run')).status);
  });

  it('creates a batch, and refuses a batch holding an existing id without creating any', async () => {
    const sim = setup();
    const batch = await sim.write('POST', '/workflows/data-sync/instances/batch', [
      { instance_id: 'b-1' },
      { params: { x: 1 } },
    ]);
    expect(batch.body.result).toHaveLength(2);
    const refused = await sim.write('POST', '/workflows/data-sync/instances/batch', [
      { instance_id: 'b-2' },
      { instance_id: 'b-1' },
    ]);
    expect(refused.status).toBe(409);
    expect((await sim.get('/workflows/data-sync/instances/b-2')).status).toBe(404);
  });

  it('deletes an instance (404 afterwards) and reports unknown ids in a batch delete', async () => {
    const sim = setup();
    const [first, second] = await sim.firstWith('image-processing', 'complete');
    if (!first || !second) throw new Error('no complete instances');
    const before = await sim.counts('image-processing');
    const deleted = await sim.write('DELETE', `/workflows/image-processing/instances/${first.id}`);
    expect(deleted.body.result).toMatchObject({ instanceId: first.id });
    expect((await sim.get(`/workflows/image-processing/instances/${first.id}`)).status).toBe(404);
    expect((await sim.counts('image-processing')).complete).toBe(before.complete - 1);
    const batch = await sim.write('POST', '/workflows/image-processing/instances/batch/delete', {
      instances: [second.id, 'nope'],
    });
    expect(batch.body.result).toEqual({
      deleted: [{ id: second.id }],
      errors: [{ id: 'nope', code: 10400, message: 'workflows.api.error.instance.not_found' }],
    });
    expect((await sim.write('DELETE', `/workflows/image-processing/instances/${first.id}`)).status).toBe(404);
  });
});

describe('bad write bodies sent to the simulator directly', () => {
  it('answers 400 for an unknown status change and a malformed restart step', async () => {
    const sim = setup();
    const [complete] = await sim.firstWith('image-processing', 'complete');
    if (!complete) throw new Error('no complete instance');
    const change = sim.status('image-processing', complete.id);
    expect((await change({ status: 'explode' })).status).toBe(400);
    expect((await change({ status: 'restart', from: { name: 'x', count: 0 } })).status).toBe(400);
    expect(
      (await sim.write('PATCH', `/workflows/image-processing/instances/${complete.id}/status`)).status,
    ).toBe(400);
  });
});

describe('an event sent while paused', () => {
  it('is kept until the resume and delivered to the next wait for its type as soon as that opens', async () => {
    const sim = setup();
    await sim.write('POST', '/workflows/onboarding-emails/instances', { instance_id: 'early-bird' });
    sim.setNow(T0 + 5 * MIN);
    await sim.status('onboarding-emails', 'early-bird')({ status: 'pause' });
    sim.setNow(T0 + 6 * MIN);
    const payload = { plan: 'pro', seats: 2 };
    const sent = await sim.write(
      'POST',
      '/workflows/onboarding-emails/instances/early-bird/events/subscription-upgraded',
      payload,
    );
    expect(sent.status).toBe(200);
    await sim.status('onboarding-emails', 'early-bird')({ status: 'resume' });
    sim.setNow(T0 + 40 * 24 * 60 * MIN);
    const detail = await sim.detail('onboarding-emails', 'early-bird');
    const wait = (
      detail.steps as { type: string; start: string; end: string; finished?: boolean; output?: string }[]
    ).find((s) => s.type === 'waitForEvent');
    expect(wait).toMatchObject({ finished: true, output: JSON.stringify(payload) });
    expect(Date.parse(wait?.end ?? '') - Date.parse(wait?.start ?? '')).toBeLessThan(1000);
    expect(detail.status).toBe('complete');
  });
});
