import { describe, expect, it } from 'vitest';
import type { DurationSeries } from '../../lib/chart-data/shape-durations.ts';
import { markLines } from './durations-chart.tsx';

const BOUNDS = [0, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];
const series = (p50: number | null, p95: number | null, p99: number | null) =>
  ({ overall: { count: 10, p50, p95, p99 } }) as unknown as DurationSeries;

describe('markLines (the percentile marks of the durations chart)', () => {
  it('draws one line for percentiles in the same bin, its label naming each', () => {
    expect(markLines(series(150, 60_000, 70_000), BOUNDS)).toEqual([
      { bin: 1, label: 'p50', position: 'top' },
      { bin: 9, label: 'p95 p99', position: 'top' },
    ]);
  });

  it('puts the labels of lines a bin or two apart on their outer sides', () => {
    expect(markLines(series(600, 3_000, 12_000), BOUNDS)).toEqual([
      { bin: 3, label: 'p50', position: 'insideTopRight' },
      { bin: 5, label: 'p95', position: 'top' },
      { bin: 7, label: 'p99', position: 'insideTopLeft' },
    ]);
    // Outside the ladder: no line (the text summary still says it).
    expect(markLines(series(150, 60_000, 120_000), BOUNDS)).toEqual([
      { bin: 1, label: 'p50', position: 'top' },
      { bin: 9, label: 'p95', position: 'top' },
    ]);
  });

  it('draws nothing without finished instances', () => {
    expect(markLines(series(null, null, null), BOUNDS)).toEqual([]);
  });
});
