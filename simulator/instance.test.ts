import { describe, expect, it } from 'vitest';
import { buildAccount } from './account.ts';
import { durationMs } from './duration.ts';
import { backoffMs } from './plan-steps.ts';
import { createRng } from './rng.ts';
import { T0, testSimulator } from './test-support.ts';

const { get } = testSimulator();
const account = buildAccount(1, T0, 3000);

interface Attempt {
  start: string;
  end: string | null;
  success: boolean | null;
  error: { name: string; message: string } | null;
}

describe('get-instance', () => {
  it('orders steps asc by default and desc on request; simple omits steps but keeps step_count', async () => {
    const [row] = (await get('/workflows/order-fulfilment/instances?status=complete&per_page=1')).body.result;
    const path = `/workflows/order-fulfilment/instances/${row.id}`;
    const asc = (await get(path)).body.result;
    const desc = (await get(`${path}?order=desc`)).body.result;
    expect(desc.steps).toEqual([...asc.steps].reverse());
    const simple = (await get(`${path}?simple=true`)).body.result;
    expect(simple.steps).toEqual([]);
    expect(simple.step_count).toBe(asc.steps.length);
    expect(asc.versionId).toBe(row.version_id);
    expect(asc).not.toHaveProperty('version_id');
    expect(asc).toMatchObject({
      status: 'complete',
      success: true,
      error: null,
      queued: row.created_on,
      end: row.ended_on,
    });
    expect(typeof asc.output).toBe('string');
    expect((await get(`${path}?order=sideways`)).status).toBe(400);
  });

  it('suffixes step names with a per-name counter', async () => {
    const store = account.stores.get('order-fulfilment');
    const index =
      store?.ids.findIndex(
        (_, i) => (store.plan(i).shape.items ?? 0) >= 3 && (store.created[i] ?? 0) < T0 - 86_400_000,
      ) ?? -1;
    const detail = (await get(`/workflows/order-fulfilment/instances/${store?.ids[index]}`)).body.result;
    const names = detail.steps.map((s: { name: string }) => s.name);
    expect(names).toContain('validate-order-1');
    expect(names).toEqual(
      expect.arrayContaining(['create-shipment-1', 'create-shipment-2', 'create-shipment-3']),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('retries follow the retry config: limit, backoff formula and per-attempt timeout', async () => {
    let checkedGaps = 0;
    let exhausted = 0;
    let timeouts = 0;
    for (const name of ['order-fulfilment', 'payment-retries', 'onboarding-emails']) {
      const store = account.stores.get(name);
      if (!store) throw new Error(name);
      for (let i = 0; i < store.size && checkedGaps < 200; i++) {
        for (const entry of store.plan(i).entries) {
          if (entry.kind !== 'do') continue;
          const { retries, timeout } = entry.spec.config;
          expect(entry.attempts.length).toBeLessThanOrEqual(retries.limit + 1);
          if (entry.attempts.length === retries.limit + 1 && !entry.ok) exhausted++;
          entry.attempts.forEach((a, n) => {
            if (a.error?.name === 'TimeoutError') {
              timeouts++;
              expect(a.end - a.start).toBe(durationMs(timeout));
            }
            const next = entry.attempts[n + 1];
            if (!next || durationMs(retries.delay) === null) return;
            expect(next.start - a.end).toBe(backoffMs(retries, n + 1, createRng(0)));
            checkedGaps++;
          });
        }
      }
    }
    expect(checkedGaps).toBeGreaterThan(20);
    expect(exhausted).toBeGreaterThan(0);
    expect(timeouts).toBeGreaterThan(0);
  });

  it('computes backoff as exponential delay*2^(n-1), linear delay*n, constant delay', () => {
    const rng = createRng(0);
    expect(
      [1, 2, 3].map((n) => backoffMs({ limit: 5, delay: '30 seconds', backoff: 'exponential' }, n, rng)),
    ).toEqual([30_000, 60_000, 120_000]);
    expect([1, 2, 3].map((n) => backoffMs({ limit: 5, delay: 1000, backoff: 'linear' }, n, rng))).toEqual([
      1000, 2000, 3000,
    ]);
    expect([1, 2, 3].map((n) => backoffMs({ limit: 5, delay: 500, backoff: 'constant' }, n, rng))).toEqual([
      500, 500, 500,
    ]);
  });

  it('shows errored instances with the failing attempt error, and rollbacks and terminations', async () => {
    const errored = (await get('/workflows/order-fulfilment/instances?status=errored&per_page=100')).body
      .result;
    const kinds = new Set<string>();
    let rollbacks = 0;
    for (const row of errored.slice(0, 40)) {
      const detail = (await get(`/workflows/order-fulfilment/instances/${row.id}`)).body.result;
      expect(detail.error).toMatchObject({ name: expect.any(String), message: expect.any(String) });
      expect(detail.success).toBe(false);
      kinds.add(detail.error.name);
      if (detail.rollback) rollbacks++;
    }
    expect(kinds.size).toBeGreaterThan(1);
    expect(rollbacks).toBeGreaterThan(0);
    const [terminated] = (await get('/workflows/order-fulfilment/instances?status=terminated&per_page=1'))
      .body.result;
    const detail = (await get(`/workflows/order-fulfilment/instances/${terminated.id}`)).body.result;
    expect(detail.steps.some((s: { type: string }) => s.type === 'termination')).toBe(true);
  });

  it('shows an in-flight attempt with end null while running', async () => {
    const [row] = (await get('/workflows/data-sync/instances?status=running&per_page=1')).body.result;
    const detail = (await get(`/workflows/data-sync/instances/${row.id}?order=desc`)).body.result;
    expect(detail.step_count).toBeGreaterThan(100);
    const open = detail.steps.find(
      (s: { type: string; end: string | null }) => s.type === 'step' && s.end === null,
    );
    expect(open.attempts.at(-1)).toMatchObject({ end: null, success: null } satisfies Partial<Attempt>);
    expect(detail).toMatchObject({ end: null, success: null, status: 'running' });
  });

  it('has a data-sync backfill with thousands of steps, planned lazily', async () => {
    const store = account.stores.get('data-sync');
    const index = store?.ids.findIndex(
      (_, i) =>
        (store.plan(i).shape.batches ?? 0) > 3000 &&
        store.plan(i).end !== null &&
        (store.plan(i).end ?? 0) < T0,
    );
    const detail = (await get(`/workflows/data-sync/instances/${store?.ids[index ?? 0]}`)).body.result;
    expect(detail.step_count).toBeGreaterThan(3000);
  });
});
