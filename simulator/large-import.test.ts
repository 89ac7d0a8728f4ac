import { describe, expect, it } from 'vitest';
import { testSimulator } from './test-support.ts';
import { LARGE_IMPORT_10K_ID, LARGE_IMPORT_25K_ID } from './workflows-import.ts';

describe('large-import: instances at the platform step limits', () => {
  it('lists the 10,000- and 25,000-step imports under their documented ids', async () => {
    const { get } = testSimulator();
    const list = await get('/workflows/large-import/instances?per_page=100');
    const ids = list.body.result.map((row: { id: string }) => row.id);
    expect(ids).toEqual(expect.arrayContaining([LARGE_IMPORT_10K_ID, LARGE_IMPORT_25K_ID]));
    const small = (await get(`/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}?simple=true`)).body
      .result;
    const large = (await get(`/workflows/large-import/instances/${LARGE_IMPORT_25K_ID}?simple=true`)).body
      .result;
    expect(small).toMatchObject({ status: 'complete', steps: [] });
    expect(small.step_count).toBeGreaterThanOrEqual(10_000);
    expect(large.step_count).toBeGreaterThanOrEqual(25_000);
  });

  it('has retries of every backoff kind, [dynamic] included', async () => {
    const { get } = testSimulator();
    const detail = (await get(`/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`)).body.result;
    const retried = detail.steps.filter((s: { attempts?: unknown[] }) => (s.attempts?.length ?? 0) > 1);
    expect(retried.length).toBeGreaterThan(100);
    const kinds = new Set(
      retried.map((s: { config: { retries: { delay: unknown; backoff: string } } }) =>
        s.config.retries.delay === '[dynamic]' ? 'dynamic' : s.config.retries.backoff,
      ),
    );
    expect([...kinds].sort()).toEqual(['constant', 'dynamic', 'exponential', 'linear']);
  });
});
