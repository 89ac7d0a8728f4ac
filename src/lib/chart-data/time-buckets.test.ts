import { describe, expect, it } from 'vitest';
import { bucketCount, bucketIndex, planBuckets } from './time-buckets.ts';
import { instantOf, wallTimeOf, zoneOffsetAt } from './zoned-time.ts';

const H = 3_600_000;
const D = 24 * H;
const utc = (iso: string) => Date.parse(iso);

describe('planBuckets', () => {
  it('picks minutes for an hour, hours for a day, days for a month', () => {
    const end = utc('2026-11-20T12:00:00Z');
    const step = (span: number) => planBuckets({ start: end - span, end }, { timeZone: 'UTC' }).step;
    expect(step(H)).toBe('1m');
    expect(step(D)).toBe('1h');
    expect(step(7 * D)).toBe('6h');
    expect(step(30 * D)).toBe('1d');
  });

  it('makes no bucket for an empty or reversed range', () => {
    const at = utc('2026-11-20T12:00:00Z');
    expect(planBuckets({ start: at, end: at }, { timeZone: 'UTC' }).bounds).toEqual([]);
    expect(planBuckets({ start: at, end: at - H }, { timeZone: 'UTC' }).bounds).toEqual([]);
  });

  it('covers the whole range with aligned buckets', () => {
    const plan = planBuckets(
      { start: utc('2026-11-20T10:17:30Z'), end: utc('2026-11-20T11:17:30Z') },
      { timeZone: 'UTC' },
    );
    expect(plan.bounds[0]).toBe(utc('2026-11-20T10:17:00Z'));
    expect(plan.bounds.at(-1)).toBe(utc('2026-11-20T11:18:00Z'));
    expect(bucketCount(plan)).toBe(61);
  });

  it('refuses a month in minute buckets: the step is coarsened and says so', () => {
    const end = utc('2026-11-30T00:00:00Z');
    const plan = planBuckets({ start: end - 30 * D, end }, { timeZone: 'UTC', step: '1m' });
    expect(plan.coarsenedFrom).toBe('1m');
    expect(plan.step).toBe('6h');
    expect(bucketCount(plan)).toBeLessThanOrEqual(500);
    const fine = planBuckets({ start: end - H, end }, { timeZone: 'UTC', step: '1m' });
    expect(fine.coarsenedFrom).toBeNull();
  });

  it('follows local days across a DST change: the spring day is 23 hours, the autumn day 25', () => {
    const timeZone = 'Europe/Berlin';
    const spring = planBuckets(
      { start: utc('2026-03-27T12:00:00Z'), end: utc('2026-03-31T12:00:00Z') },
      { timeZone, step: '1d' },
    );
    const lengths = spring.bounds.slice(1).map((b, i) => (b - (spring.bounds[i] as number)) / H);
    expect(lengths).toEqual([24, 24, 23, 24, 24]);
    for (const bound of spring.bounds)
      expect(wallTimeOf(bound, timeZone)).toMatchObject({ hour: 0, minute: 0 });
    const autumn = planBuckets(
      { start: utc('2026-10-24T12:00:00Z'), end: utc('2026-10-26T12:00:00Z') },
      { timeZone, step: '1d' },
    );
    expect(autumn.bounds.slice(1).map((b, i) => (b - (autumn.bounds[i] as number)) / H)).toEqual([
      24, 25, 24,
    ]);
  });

  it('keeps hour buckets 60 minutes long across a DST change, on local hours', () => {
    const timeZone = 'America/New_York';
    const plan = planBuckets(
      { start: utc('2026-11-01T03:30:00Z'), end: utc('2026-11-01T08:30:00Z') },
      { timeZone, step: '1h' },
    );
    expect(new Set(plan.bounds.slice(1).map((b, i) => b - (plan.bounds[i] as number)))).toEqual(new Set([H]));
    // 01:00 happens twice that night; both are bucket starts.
    expect(plan.bounds.map((b) => wallTimeOf(b, timeZone).hour)).toEqual([23, 0, 1, 1, 2, 3, 4]);
  });

  it('aligns local hours in a zone with a half-hour offset', () => {
    const plan = planBuckets(
      { start: utc('2026-11-20T00:10:00Z'), end: utc('2026-11-20T03:00:00Z') },
      { timeZone: 'Asia/Kolkata', step: '1h' },
    );
    expect(plan.bounds.map((b) => wallTimeOf(b, 'Asia/Kolkata').minute)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('bucketIndex', () => {
  it('finds the bucket of an instant, and -1 outside', () => {
    const bounds = [0, 10, 20, 30];
    expect(bucketIndex(bounds, 0)).toBe(0);
    expect(bucketIndex(bounds, 19.9)).toBe(1);
    expect(bucketIndex(bounds, 29)).toBe(2);
    expect(bucketIndex(bounds, 30)).toBe(-1);
    expect(bucketIndex(bounds, -1)).toBe(-1);
    expect(bucketIndex([], 5)).toBe(-1);
  });
});

describe('zoned time', () => {
  it('resolves a wall time skipped by spring-forward to the instant after the gap', () => {
    const instant = instantOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Berlin');
    expect(wallTimeOf(instant, 'Europe/Berlin').hour).toBe(3);
    expect(zoneOffsetAt(utc('2026-07-01T00:00:00Z'), 'Europe/Berlin')).toBe(2 * H);
  });
});
