import type { StatusTimeSeries } from '../../lib/chart-data/series-types.ts';

/** One bar of the over-time chart, as Recharts reads it: status counts under `s:<status>` keys. */
export interface OverTimeRow {
  index: number;
  start: number;
  end: number;
  total: number;
  partial: boolean;
  /** Error rate in percent, null where nothing ended (the line has a gap there). */
  errorRatePct: number | null;
  errored: number;
  finished: number;
  erroredFrom: number | null;
  [statusKey: `s:${string}`]: number;
}

export const statusKey = (status: string) => `s:${status}` as const;

export function overTimeRows(series: StatusTimeSeries): OverTimeRow[] {
  return series.buckets.map((bucket, index) => {
    const row: OverTimeRow = {
      index,
      start: bucket.start,
      end: bucket.end,
      total: bucket.total,
      partial: bucket.partial,
      errorRatePct: bucket.errorRate === null ? null : bucket.errorRate * 100,
      errored: bucket.ended.errored,
      finished: bucket.ended.complete + bucket.ended.errored + bucket.ended.terminated,
      erroredFrom: bucket.erroredFrom,
    };
    for (const status of series.statuses) row[statusKey(status)] = bucket.counts[status] ?? 0;
    return row;
  });
}
