import { describe, expect, it } from 'vitest';
import { percentileOfSorted, sortedCopy, summarizeSorted } from './percentiles.ts';

describe('percentiles (nearest rank)', () => {
  it('has no value for no instance', () => {
    expect(summarizeSorted(sortedCopy([]))).toEqual({ count: 0, p50: null, p95: null, p99: null, max: null });
  });

  it('is the one value for one instance', () => {
    expect(summarizeSorted(sortedCopy([1234]))).toEqual({
      count: 1,
      p50: 1234,
      p95: 1234,
      p99: 1234,
      max: 1234,
    });
  });

  it('reports a duration some instance really had', () => {
    const values = Array.from({ length: 20 }, (_, i) => (i + 1) * 100);
    const sorted = sortedCopy(values.reverse());
    expect(percentileOfSorted(sorted, 50)).toBe(1000);
    expect(percentileOfSorted(sorted, 95)).toBe(1900);
    expect(percentileOfSorted(sorted, 99)).toBe(2000);
  });

  it('sorts numerically, not as text', () => {
    expect([...sortedCopy([100, 20, 3])]).toEqual([3, 20, 100]);
  });
});
