import { describe, expect, it } from 'vitest';
import { T0 } from '../test-support.ts';
import { MIN, setup } from './action-test-support.ts';

describe('pause and resume', () => {
  it('pauses a live instance (waitingForPause, then paused) and resumes it with its sleep shifted by the pause', async () => {
    const sim = setup();
    const id = 'to-pause';
    await sim.write('POST', '/workflows/onboarding-emails/instances', { instance_id: id });
    sim.setNow(T0 + 5 * MIN);
    const sleeping = await sim.detail('onboarding-emails', id);
    expect(sleeping.status).toBe('waiting');
    const sleep = (d: { steps: { type: string; end: string }[] }) => d.steps.find((s) => s.type === 'sleep');
    const plannedEnd = Date.parse(sleep(sleeping)?.end ?? '');
    const before = await sim.counts('onboarding-emails');
    const paused = await sim.status('onboarding-emails', id)({ status: 'pause' });
    expect(paused.status).toBe(200);
    expect(paused.body.result.status).toBe('waitingForPause');
    sim.setNow(T0 + 15 * MIN);
    expect((await sim.detail('onboarding-emails', id)).status).toBe('paused');
    expect((await sim.counts('onboarding-emails')).paused).toBe((before.paused ?? 0) + 1);
    expect((await sim.firstWith('onboarding-emails', 'paused')).map((row) => row.id)).toContain(id);

    const resumed = await sim.status('onboarding-emails', id)({ status: 'resume' });
    expect(resumed.body.result.status).toBe('queued');
    sim.setNow(T0 + 15 * MIN + 1000);
    const after = await sim.detail('onboarding-emails', id);
    expect(after.status).toBe('waiting');
    const shift = Date.parse(sleep(after)?.end ?? '') - plannedEnd;
    expect(shift).toBeGreaterThan(10 * MIN - 1000);
    expect(shift).toBeLessThan(10 * MIN + 1000);
  });

  it('leaves a finished instance as it is (pause and resume answer 200 with its status)', async () => {
    const sim = setup();
    const [complete] = await sim.firstWith('image-processing', 'complete');
    if (!complete) throw new Error('no complete instance');
    const answer = await sim.status('image-processing', complete.id)({ status: 'pause' });
    expect(answer.body.result.status).toBe('complete');
    expect((await sim.status('image-processing', complete.id)({ status: 'resume' })).body.result.status).toBe(
      'complete',
    );
  });

  it('resumes a seeded paused instance, which then runs on', async () => {
    const sim = setup();
    const [paused] = await sim.firstWith('order-fulfilment', 'paused');
    if (!paused) throw new Error('no paused instance');
    expect((await sim.status('order-fulfilment', paused.id)({ status: 'resume' })).body.result.status).toBe(
      'queued',
    );
    sim.setNow(T0 + 3 * 60 * MIN);
    expect(['complete', 'errored', 'waiting', 'running']).toContain(
      (await sim.detail('order-fulfilment', paused.id)).status,
    );
  });
});

describe('terminate', () => {
  it('terminates a live instance with a termination entry, and refuses a second time with 409', async () => {
    const sim = setup();
    const running = { id: 'to-terminate' };
    await sim.write('POST', '/workflows/image-processing/instances', { instance_id: running.id });
    sim.setNow(T0 + 1000);
    expect(['running', 'waiting']).toContain((await sim.detail('image-processing', running.id)).status);
    const answer = await sim.status('image-processing', running.id)({ status: 'terminate' });
    expect(answer.body.result.status).toBe('terminated');
    const detail = await sim.detail('image-processing', running.id);
    expect(detail.status).toBe('terminated');
    expect(detail.end).not.toBeNull();
    expect(detail.steps.at(-1)).toEqual({ type: 'termination', trigger: { source: 'api' } });
    const again = await sim.status('image-processing', running.id)({ status: 'terminate' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ success: false, result: null, errors: [{ code: 10001 }] });
  });

  it('with rollback: rollingBack through the compensations of completed steps, then terminated', async () => {
    const sim = setup();
    const target = 'order-to-roll-back';
    await sim.write('POST', '/workflows/order-fulfilment/instances', { instance_id: target });
    let t = T0;
    const charged = (d: { steps: { name?: string; success?: boolean }[] }) =>
      d.steps.some((s) => s.name?.startsWith('charge-card') && s.success);
    while (!charged(await sim.detail('order-fulfilment', target)) && t < T0 + 30 * MIN) {
      t += 2000;
      sim.setNow(t);
    }
    expect(['running', 'waiting']).toContain((await sim.detail('order-fulfilment', target)).status);
    const answer = await sim.status('order-fulfilment', target)({ status: 'terminate', rollback: true });
    expect(answer.body.result.status).toBe('rollingBack');
    sim.setNow(t + 60 * MIN);
    const detail = await sim.detail('order-fulfilment', target);
    expect(detail.status).toBe('terminated');
    expect(detail.rollback).toEqual({ outcome: 'complete', error: null });
    expect((detail.steps as { type: string }[]).some((s) => s.type === 'rollback')).toBe(true);
  });
});

describe('restart', () => {
  it('re-runs an errored instance from the start: queued, then a new run', async () => {
    const sim = setup();
    const [errored] = await sim.firstWith('order-fulfilment', 'errored');
    if (!errored) throw new Error('no errored instance');
    const answer = await sim.status('order-fulfilment', errored.id)({ status: 'restart' });
    expect(answer.body.result).toMatchObject({ status: 'queued' });
    const queued = await sim.detail('order-fulfilment', errored.id);
    expect(queued.steps).toEqual([]);
    expect(queued.error).toBeNull();
    sim.setNow(T0 + 5 * MIN);
    const later = await sim.detail('order-fulfilment', errored.id);
    expect(Date.parse(later.start)).toBeGreaterThanOrEqual(T0);
    expect(later.steps.length).toBeGreaterThan(0);
  });

  it('restarts from a named step, keeping the steps before it', async () => {
    const sim = setup();
    const [errored] = await sim.firstWith('order-fulfilment', 'errored');
    if (!errored) throw new Error('no errored instance');
    const before = await sim.detail('order-fulfilment', errored.id);
    const firstName = (before.steps[0] as { name: string }).name;
    const secondName = (before.steps[1] as { name?: string } | undefined)?.name;
    if (!secondName) return;
    const from = {
      name: secondName.replace(/-\d+$/, ''),
      count: Number(secondName.split('-').at(-1)),
      type: 'do',
    };
    const answer = await sim.status('order-fulfilment', errored.id)({ status: 'restart', from });
    expect(answer.status).toBe(200);
    const after = await sim.detail('order-fulfilment', errored.id);
    expect(after.steps[0]).toEqual(before.steps[0]);
    expect(after.steps[0].name).toBe(firstName);
    expect(after.start).toBe(before.start);
  });

  it('answers 409 when the step to restart from is not in the history', async () => {
    const sim = setup();
    const [errored] = await sim.firstWith('order-fulfilment', 'errored');
    if (!errored) throw new Error('no errored instance');
    const answer = await sim.status(
      'order-fulfilment',
      errored.id,
    )({ status: 'restart', from: { name: 'no-such-step' } });
    expect(answer.status).toBe(409);
    expect(answer.body.errors[0]?.message).toContain('Instance not in a restartable state.');
  });
});
