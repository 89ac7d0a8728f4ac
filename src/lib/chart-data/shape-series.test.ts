import { describe, expect, it } from 'vitest';
import { formatDurationShort, formatShare } from './format-chart.ts';
import type { ChartInstance } from './series-types.ts';
import { shapeDurations } from './shape-durations.ts';
import { shapeStatusTimeSeries } from './shape-time-series.ts';
import { errorRateOf, statusDistribution } from './status-distribution.ts';

const T0 = Date.parse('2026-11-20T10:00:00Z');
const M = 60_000;
const inst = (
  status: string,
  created: number,
  started: number | null,
  ended: number | null,
): ChartInstance => ({
  status,
  createdMs: T0 + created * M,
  startedMs: started === null ? null : T0 + started * M,
  endedMs: ended === null ? null : T0 + ended * M,
});
const coverage = { total: null, exact: false, source: 'loaded-instances' as const, loadedFrom: null };
const shape = (instances: ChartInstance[]) =>
  shapeStatusTimeSeries(
    instances,
    { start: T0, end: T0 + 60 * M },
    { timeZone: 'UTC', now: T0 + 60 * M, coverage },
  );

describe('instances over time', () => {
  it('counts each instance in range once, in the bucket of its creation, by status', () => {
    const series = shape([
      inst('complete', 1, 1, 3),
      inst('errored', 1.5, 2, 3.5),
      inst('running', 59, 59, null),
      inst('complete', 61, 61, 62),
    ]);
    expect(series.step).toBe('1m');
    expect(series.buckets).toHaveLength(60);
    expect(series.buckets[1]?.counts).toEqual({ complete: 1, errored: 1 });
    expect(series.buckets[59]?.counts).toEqual({ running: 1 });
    expect(series.coverage.counted).toBe(3);
    expect(series.statuses).toEqual(['running', 'complete', 'errored']);
  });

  it('computes the error rate by end time, leaving buckets where nothing ended without a rate', () => {
    const series = shape([
      inst('complete', 1, 1, 3.1),
      inst('errored', 2, 2, 3.2),
      inst('terminated', 2, 2, 3.3),
      inst('errored', 2, 2, 5),
      inst('running', 2, 2, null),
    ]);
    expect(series.buckets[3]?.errorRate).toBeCloseTo(1 / 3);
    expect(series.buckets[5]?.errorRate).toBe(1);
    expect(series.buckets[2]?.errorRate).toBeNull();
    // The errored instance that ended in minute 3 was created in minute 2.
    expect(series.buckets[3]?.erroredFrom).toBe(T0 + 2 * M);
  });

  it('has no bucket and counts nothing for an empty range', () => {
    const series = shapeStatusTimeSeries(
      [inst('complete', 1, 1, 2)],
      { start: T0, end: T0 },
      {
        timeZone: 'UTC',
        now: T0,
        coverage,
      },
    );
    expect(series.buckets).toEqual([]);
    expect(series.coverage.counted).toBe(0);
  });

  it('marks buckets before what is loaded as partial', () => {
    const series = shapeStatusTimeSeries(
      [],
      { start: T0, end: T0 + 10 * M },
      {
        timeZone: 'UTC',
        now: T0 + 10 * M,
        coverage: { ...coverage, loadedFrom: T0 + 5 * M },
      },
    );
    expect(series.buckets.map((b) => b.partial)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('durations', () => {
  it('counts running and never-started instances apart, never as zero', () => {
    const series = shapeDurations([
      inst('complete', 0, 0, 1),
      inst('running', 0, 0, null),
      inst('waiting', 0, 0, null),
      inst('queued', 0, null, null),
      inst('terminated', 0, null, 2),
    ]);
    expect(series.overall).toMatchObject({ count: 1, p50: M, p99: M });
    expect(series.running).toBe(2);
    expect(series.notStarted).toBe(2);
    expect(series.bins.reduce((sum, bin) => sum + bin.total, 0)).toBe(1);
  });

  it('gives each final status its own percentiles, from the same instances as the histogram', () => {
    const instances = [
      ...Array.from({ length: 100 }, (_, i) => inst('complete', 0, 0, (i + 1) / 10)),
      ...Array.from({ length: 10 }, (_, i) => inst('errored', 0, 0, 30 + i)),
    ];
    const series = shapeDurations(instances);
    expect(series.byStatus.complete).toMatchObject({ count: 100, p50: 5 * M, p95: 9.5 * M, p99: 9.9 * M });
    expect(series.byStatus.errored).toMatchObject({ count: 10, p50: 34 * M, p99: 39 * M });
    expect(series.overall.count).toBe(110);
    expect(series.bins.reduce((sum, bin) => sum + bin.total, 0)).toBe(110);
    expect(series.statuses).toEqual(['complete', 'errored']);
  });

  it('has no bin for no finished instance', () => {
    expect(shapeDurations([]).bins).toEqual([]);
  });
});

describe('status distribution', () => {
  it('lists every known status with its share, and unknown ones with a count', () => {
    const distribution = statusDistribution({
      complete: 75,
      errored: 25,
      rollingBack: 0,
      zapped: 0,
      mystery: 3,
    });
    expect(distribution.total).toBe(103);
    expect(distribution.entries.find((e) => e.status === 'complete')?.share).toBeCloseTo(75 / 103);
    expect(distribution.entries.map((e) => e.status)).toContain('mystery');
    expect(distribution.entries.map((e) => e.status)).not.toContain('zapped');
    expect(distribution.entries.find((e) => e.status === 'running')?.count).toBe(0);
  });

  it('computes the error rate of the finished instances only', () => {
    expect(errorRateOf({ complete: 6, errored: 3, terminated: 1, running: 50 })).toBeCloseTo(0.3);
    expect(errorRateOf({ running: 5 })).toBeNull();
  });
});

describe('chart formats', () => {
  it('writes percentiles to three significant digits', () => {
    expect(formatDurationShort(12_400)).toBe('12.4 s');
    expect(formatDurationShort(340)).toBe('340 ms');
    expect(formatDurationShort(10_000)).toBe('10 s');
    expect(formatDurationShort(195_000)).toBe('3.25 min');
    expect(formatShare(0.0004)).toBe('<0.1%');
    expect(formatShare(0.123)).toBe('12.3%');
  });
});
