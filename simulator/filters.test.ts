import { describe, expect, it } from 'vitest';
import { INSTANCE_STATUSES } from '../contract/status.ts';
import { testSimulator } from './test-support.ts';

const { get } = testSimulator();
const base = '/workflows/order-fulfilment/instances';

describe('list-instances filters', () => {
  it('filters by status, and total_count agrees with the workflow counts', async () => {
    const workflow = (await get('/workflows/order-fulfilment')).body.result;
    for (const status of ['complete', 'errored', 'terminated', 'paused', 'rollingBack']) {
      const { body } = await get(`${base}?status=${status}&per_page=100`);
      expect(body.result.every((r: { status: string }) => r.status === status)).toBe(true);
      expect(body.result_info?.total_count).toBe(workflow.instances[status]);
    }
  });

  it('filters on created_on with date_start and date_end (inclusive, UTC)', async () => {
    const from = '2026-08-10T00:00:00Z';
    const to = '2026-08-11T00:00:00Z';
    const { body } = await get(`${base}?date_start=${from}&date_end=${to}&per_page=100`);
    expect(body.result.length).toBeGreaterThan(5);
    for (const row of body.result) {
      expect(
        row.created_on >= '2026-08-10T00:00:00.000Z' && row.created_on <= '2026-08-11T00:00:00.000Z',
      ).toBe(true);
    }
    const noZone = await get(
      `${base}?date_start=2026-08-10T00:00:00&date_end=2026-08-11T00:00:00&per_page=100`,
    );
    expect(noZone.body.result).toEqual(body.result);
  });

  it.each([
    ['status=done', 400],
    ['status=Complete', 400],
    ['date_start=yesterday', 400],
    ['date_start=2026-08-10T00:00:00%2B02:00', 400],
    ['direction=up', 400],
  ])('rejects %s', async (query, code) => {
    const { status, body } = await get(`${base}?${query}`);
    expect(status).toBe(code);
    expect(body.success).toBe(false);
  });

  it('accepts every documented status', async () => {
    for (const status of INSTANCE_STATUSES) expect((await get(`${base}?status=${status}`)).status).toBe(200);
  });
});
