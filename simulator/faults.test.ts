import { describe, expect, it } from 'vitest';
import { parseFaults } from './faults.ts';
import { testSimulator } from './test-support.ts';

async function statuses(faults: string | undefined, n: number) {
  const { get } = testSimulator({ faults, instances: 300 });
  const out: { status: number; retryAfter: string | null; code: number | undefined }[] = [];
  for (let i = 0; i < n; i++) {
    const { status, headers, body } = await get('/workflows');
    out.push({ status, retryAfter: headers.get('retry-after'), code: body.errors[0]?.code });
  }
  return out;
}

describe('faults', () => {
  it('injects 429s with Retry-After and code 971, and 500s, deterministically', async () => {
    const a = await statuses('429=0.2,500=0.1', 200);
    const limited = a.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(15);
    expect(a.filter((r) => r.status === 500).length).toBeGreaterThan(5);
    for (const r of limited) {
      expect(Number(r.retryAfter)).toBeGreaterThan(0);
      expect(r.code).toBe(971);
    }
    expect(await statuses('429=0.2,500=0.1', 200)).toEqual(a);
  });

  it('injects none when unset', async () => {
    expect((await statuses(undefined, 50)).every((r) => r.status === 200)).toBe(true);
  });

  it('adds latency within the range', async () => {
    const { get } = testSimulator({ faults: 'latency=30-40', instances: 300 });
    const start = performance.now();
    await get('/workflows');
    expect(performance.now() - start).toBeGreaterThanOrEqual(29);
  });

  it('parses the DEMO_FAULTS syntax and rejects nonsense', () => {
    expect(parseFaults('429=0.05,500=0.02,latency=50-2000')).toEqual({
      rate429: 0.05,
      rate500: 0.02,
      latency: [50, 2000],
    });
    expect(parseFaults('')).toBeNull();
    expect(() => parseFaults('429=2')).toThrow();
    expect(() => parseFaults('teapot=0.1')).toThrow();
    expect(() => parseFaults('latency=9-1')).toThrow();
  });
});
