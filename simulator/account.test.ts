import { describe, expect, it } from 'vitest';
import { INSTANCE_STATUSES } from '../contract/status.ts';
import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from './index.ts';
import { T0, testSimulator } from './test-support.ts';

const { get } = testSimulator();

describe('the demo account', () => {
  it('is the same for the same seed and differs for another', async () => {
    const again = testSimulator();
    const other = testSimulator({ seed: 2 });
    const path = '/workflows/payment-retries/instances?per_page=20';
    const a = (await get(path)).body;
    expect((await again.get(path)).body).toEqual(a);
    expect((await other.get(path)).body.result).not.toEqual(a.result);
    const id = a.result[3].id;
    const detail = `/workflows/payment-retries/instances/${id}`;
    expect((await again.get(detail)).body).toEqual((await get(detail)).body);
  });

  it('has every status on show, every trigger source, and about 3000 instances', async () => {
    const workflows = (await get('/workflows?per_page=100')).body.result;
    expect(workflows.map((w: { name: string }) => w.name)).toEqual(
      expect.arrayContaining([
        'order-fulfilment',
        'image-processing',
        'onboarding-emails',
        'nightly-report',
        'payment-retries',
        'data-sync',
      ]),
    );
    const totals: Record<string, number> = {};
    for (const w of workflows)
      for (const [s, n] of Object.entries(w.instances)) totals[s] = (totals[s] ?? 0) + (n as number);
    for (const status of INSTANCE_STATUSES) expect(totals[status], status).toBeGreaterThan(0);
    const sum = Object.values(totals).reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(2500);
    expect(sum).toBeLessThan(4000);
    const sources = new Set<string>();
    for (const name of ['order-fulfilment', 'nightly-report', 'image-processing']) {
      for (const row of (await get(`/workflows/${name}/instances?per_page=100`)).body.result)
        sources.add(row.trigger_source);
    }
    expect([...sources].sort()).toEqual(['api', 'binding', 'cron', 'event']);
  });

  it('keeps every status on show for other seeds too', async () => {
    for (const seed of [2, 3]) {
      const other = testSimulator({ seed });
      const workflows = (await other.get('/workflows?per_page=100')).body.result;
      for (const status of INSTANCE_STATUSES) {
        expect(
          workflows.some((w: { instances: Record<string, number> }) => (w.instances[status] ?? 0) > 0),
          `${seed} ${status}`,
        ).toBe(true);
      }
    }
  });

  it('paginates and searches workflows', async () => {
    const { body } = await get('/workflows');
    expect(body.result_info).toMatchObject({
      count: 7,
      per_page: 10,
      page: 1,
      total_count: 7,
      total_pages: 1,
    });
    expect((await get('/workflows?search=report')).body.result.map((w: { name: string }) => w.name)).toEqual([
      'nightly-report',
    ]);
    expect((await get('/workflows?per_page=2&page=2')).body.result).toHaveLength(2);
    expect((await get('/workflows?per_page=0')).status).toBe(400);
  });

  it('gives the cron workflow its schedule and a schedule on its instances', async () => {
    const workflow = (await get('/workflows/nightly-report')).body.result;
    expect(workflow.schedules).toEqual([{ cron: '0 2 * * *', next_instance: '2026-08-15T02:00:00.000Z' }]);
    const rows = (await get('/workflows/nightly-report/instances?per_page=5')).body.result;
    expect(rows[0].created_on).toBe('2026-08-14T02:00:00.000Z');
    const detail = (await get(`/workflows/nightly-report/instances/${rows[0].id}?simple=true`)).body.result;
    expect(detail.schedule).toEqual({ cron: '0 2 * * *', scheduledTime: Date.parse(rows[0].created_on) });
    expect(detail.trigger).toEqual({ source: 'cron' });
  });

  it('lists versions newest first and gets one', async () => {
    const { body } = await get('/workflows/order-fulfilment/versions');
    expect(body.result).toHaveLength(3);
    expect(body.result_info?.per_page).toBe(50);
    const [newest] = body.result;
    expect((await get(`/workflows/order-fulfilment/versions/${newest.id}`)).body.result).toEqual(newest);
    expect(
      (await get('/workflows/order-fulfilment/versions/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
  });

  it('answers the account and token checks so demo and live look alike', async () => {
    expect((await get('')).body.result).toEqual({ id: DEMO_ACCOUNT_ID, name: 'Demo' });
    const sim = createSimulator({ now: () => T0 });
    const verify = await sim.fetch(new Request(`${SIMULATOR_BASE_URL}/user/tokens/verify`));
    expect(((await verify.json()) as { result: { status: string } }).result.status).toBe('active');
    const other = await sim.fetch(
      new Request(`https://example.test/api/client/v4/accounts/${DEMO_ACCOUNT_ID}/workflows`),
    );
    expect(other.status).toBe(200);
  });
});

describe('errors', () => {
  it.each([
    ['/workflows/missing', 404, 'Workflow not found.'],
    ['/workflows/missing/instances', 404, 'Workflow Name not found.'],
    ['/workflows/order-fulfilment/instances/missing', 404, 'Instance not found.'],
    [
      '/workers/scripts',
      404,
      'Could not route to /client/v4/accounts/a1b2c3d4e5f60718293a4b5c6d7e8f90/workers/scripts, perhaps your object identifier is invalid?',
    ],
  ])('%s -> %i', async (path, status, message) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({
      success: false,
      errors: [{ code: expect.any(Number), message }],
      messages: [],
      result: null,
    });
  });

  it('refuses other accounts and non-GET methods', async () => {
    const sim = createSimulator({ now: () => T0 });
    const other = await sim.fetch(new Request(`${SIMULATOR_BASE_URL}/accounts/0000/workflows`));
    expect(other.status).toBe(404);
    expect((await get('/workflows/order-fulfilment', { method: 'DELETE' })).status).toBe(405);
  });
});
