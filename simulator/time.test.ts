import { describe, expect, it } from 'vitest';
import { T0, testSimulator } from './test-support.ts';

describe('time moves', () => {
  it('an hour later: new instances exist and some that were running have finished', async () => {
    const { get, setNow } = testSimulator();
    const path = '/workflows/image-processing/instances?per_page=100';
    const before = (await get(path)).body;
    const unfinished = new Map<string, string>();
    for (const row of before.result)
      if (!['complete', 'errored', 'terminated'].includes(row.status)) unfinished.set(row.id, row.status);
    setNow(T0 + 3_600_000);
    const after = (await get(`${path}&direction=asc&date_start=${before.result.at(-1).created_on}`)).body;
    expect(after.result_info?.total_count).toBeGreaterThan(before.result.length);
    const newest = (await get(path)).body.result;
    expect(newest[0].created_on > before.result[0].created_on).toBe(true);
    expect(newest.every((r: { created_on: string }) => Date.parse(r.created_on) <= T0 + 3_600_000)).toBe(
      true,
    );
    const later = new Map<string, { status: string; modified_on: string }>(
      after.result.map((r: { id: string }) => [r.id, r]),
    );
    const finished = [...unfinished.keys()].filter((id) =>
      ['complete', 'errored', 'terminated'].includes(later.get(id)?.status ?? ''),
    );
    expect(finished.length).toBeGreaterThan(0);
  });

  it('a minute later the account shows change, and nothing is listed before it is created', async () => {
    const { get, setNow } = testSimulator();
    const counts = async () =>
      JSON.stringify(
        (await get('/workflows?per_page=100')).body.result.map((w: { instances: unknown }) => w.instances),
      );
    const first = await counts();
    setNow(T0 + 60_000);
    expect(await counts()).not.toBe(first);
    setNow(T0 - 86_400_000);
    const { body } = await get('/workflows/order-fulfilment/instances?per_page=1');
    expect(Date.parse(body.result[0].created_on)).toBeLessThanOrEqual(T0 - 86_400_000);
  });

  it('materialises a running instance: steps after now are absent, queued before its start', async () => {
    const { get, setNow } = testSimulator();
    const [row] = (await get('/workflows/data-sync/instances?status=running&per_page=1')).body.result;
    const path = `/workflows/data-sync/instances/${row.id}?simple=true`;
    const now = (await get(path)).body.result;
    setNow(T0 + 10 * 60_000);
    const later = (await get(path)).body.result;
    expect(later.step_count).toBeGreaterThan(now.step_count);
    setNow(Date.parse(row.created_on));
    const atCreation = (await get(path)).body.result;
    expect(atCreation).toMatchObject({ status: 'queued', start: null, step_count: 0 });
    setNow(Date.parse(row.created_on) - 1);
    expect((await get(path)).status).toBe(404);
  });
});
