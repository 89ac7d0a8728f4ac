import { durationBin, durationBounds } from './duration-bins.ts';
import { type PercentileSummary, sortedCopy, summarizeSorted } from './percentiles.ts';
import type { ChartInstance } from './series-types.ts';
import { inDisplayOrder } from './shape-time-series.ts';

export interface DurationBin {
  /** Inclusive lower bound, ms. */
  from: number;
  /** Exclusive upper bound, ms (Infinity for the open last bin). */
  to: number;
  /** Instances per status whose duration falls in the bin. */
  counts: Record<string, number>;
  total: number;
}

export interface DurationSeries {
  bins: DurationBin[];
  /** Statuses with at least one duration, in display order. */
  statuses: string[];
  /** Every instance with a duration. */
  overall: PercentileSummary;
  /** Per status (complete and errored differ). */
  byStatus: Record<string, PercentileSummary>;
  /** Started and not ended: no duration yet, counted apart (never as zero). */
  running: number;
  /** Never started (queued, or terminated before starting): no duration. */
  notStarted: number;
}

/**
 * Durations from started_on to ended_on of the instances with both; the histogram and the percentiles count
 * exactly the same instances (`overall.count` of them).
 */
export function shapeDurations(instances: readonly ChartInstance[]): DurationSeries {
  const byStatus = new Map<string, number[]>();
  const all: number[] = [];
  let running = 0;
  let notStarted = 0;
  for (const instance of instances) {
    if (instance.startedMs === null) {
      notStarted++;
      continue;
    }
    if (instance.endedMs === null) {
      running++;
      continue;
    }
    const duration = Math.max(0, instance.endedMs - instance.startedMs);
    all.push(duration);
    const list = byStatus.get(instance.status);
    if (list) list.push(duration);
    else byStatus.set(instance.status, [duration]);
  }
  const sortedAll = sortedCopy(all);
  const bounds = durationBounds(sortedAll[0] ?? 0, sortedAll[sortedAll.length - 1] ?? -1);
  const bins: DurationBin[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    bins.push({ from: bounds[i] as number, to: bounds[i + 1] as number, counts: {}, total: 0 });
  }
  const summaries: Record<string, PercentileSummary> = {};
  for (const [status, durations] of byStatus) {
    const sorted = sortedCopy(durations);
    summaries[status] = summarizeSorted(sorted);
    for (const duration of sorted) {
      const bin = bins[durationBin(bounds, duration)];
      if (!bin) continue;
      bin.counts[status] = (bin.counts[status] ?? 0) + 1;
      bin.total++;
    }
  }
  return {
    bins,
    statuses: inDisplayOrder(byStatus.keys()),
    overall: summarizeSorted(sortedAll),
    byStatus: summaries,
    running,
    notStarted,
  };
}
