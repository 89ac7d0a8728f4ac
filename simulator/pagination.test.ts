import { describe, expect, it } from 'vitest';
import { T0, testSimulator } from './test-support.ts';

const { get, setNow } = testSimulator();
const base = '/workflows/image-processing/instances';

async function walk(direction: 'asc' | 'desc', tick?: () => void) {
  const ids: string[] = [];
  const created: string[] = [];
  let cursor: string | undefined;
  let first = true;
  let total = 0;
  while (first || cursor) {
    const query = new URLSearchParams({ per_page: '100', direction });
    if (cursor) query.set('cursor', cursor);
    const { status, body } = await get(`${base}?${query}`);
    expect(status).toBe(200);
    if (first) total = body.result_info?.total_count ?? 0;
    for (const row of body.result) {
      ids.push(row.id);
      created.push(row.created_on);
    }
    cursor = body.result_info?.cursor || undefined;
    first = false;
    tick?.();
  }
  return { ids, created, total };
}

describe('list-instances pagination', () => {
  it('walks every instance exactly once with the cursor, newest first by default', async () => {
    const { ids, created, total } = await walk('desc');
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...created].sort().reverse()).toEqual(created);
  });

  it('walks oldest first with direction=asc, the same set', async () => {
    const desc = await walk('desc');
    const asc = await walk('asc');
    expect(asc.ids).toEqual([...desc.ids].reverse());
  });

  it('keeps every instance exactly once while new ones arrive', async () => {
    let now = T0;
    const before = await walk('desc');
    const during = await walk('desc', () => {
      now += 5 * 60_000;
      setNow(now);
    });
    setNow(T0);
    expect(new Set(during.ids).size).toBe(during.ids.length);
    expect(during.ids).toEqual(before.ids);
  });

  it('pages by number (deprecated) with total_pages', async () => {
    const first = await get(`${base}?per_page=25&page=1`);
    const second = await get(`${base}?per_page=25&page=2`);
    const both = await get(`${base}?per_page=50`);
    expect(first.body.result_info).toMatchObject({ count: 25, page: 1, per_page: 25 });
    expect(first.body.result_info?.total_pages).toBe(
      Math.ceil((first.body.result_info?.total_count ?? 0) / 25),
    );
    expect([...first.body.result, ...second.body.result]).toEqual(both.body.result);
    const beyond = await get(`${base}?page=100000`);
    expect(beyond.body.result).toEqual([]);
  });

  it.each(['0', '101', 'abc', '1.5', ''])('rejects per_page=%s with a 400 envelope', async (value) => {
    const { status, body } = await get(`${base}?per_page=${value}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ success: false, result: null, messages: [] });
    expect(body.errors[0]?.message).toMatch(/^Input Validation Error\./);
  });

  it('defaults to 50 per page and accepts 1 and 100', async () => {
    expect((await get(base)).body.result).toHaveLength(50);
    expect((await get(`${base}?per_page=1`)).body.result).toHaveLength(1);
    expect((await get(`${base}?per_page=100`)).body.result).toHaveLength(100);
  });

  it('refuses page and cursor together, and a forged cursor', async () => {
    const { body } = await get(`${base}?per_page=5`);
    const cursor = body.result_info?.cursor ?? '';
    expect(cursor).not.toBe('');
    expect((await get(`${base}?page=2&cursor=${cursor}`)).status).toBe(400);
    expect((await get(`${base}?cursor=not-a-cursor`)).status).toBe(400);
  });

  it('has no cursor on the last page', async () => {
    const { body } = await get('/workflows/nightly-report/instances?per_page=100');
    expect(body.result.length).toBeGreaterThan(20);
    expect(body.result_info?.cursor ?? '').toBe('');
  });
});
