import type { BucketStepId } from './time-buckets.ts';

/**
 * What the charts draw, whatever the source. Today every series is shaped from the instances loaded through
 * the paging engine; a later source (Cloudflare's GraphQL `workflowsAdaptiveGroups`: sampled counts over
 * time, 31 days) can produce the same StatusTimeSeries without the chart components changing.
 */

/** The fields of an instance the charts read (an InstanceRow has them). */
export interface ChartInstance {
  status: string;
  createdMs: number;
  startedMs: number | null;
  endedMs: number | null;
}

/** Which instances a series was computed from, so a chart can say what it covers. */
export interface SeriesCoverage {
  /** Instances the series counts. */
  counted: number;
  /** Instances in the selected range and statuses, when known (exact) or estimated (`exact: false`). */
  total: number | null;
  exact: boolean;
  /** Where the counted instances come from, for the chart's note ("loaded instances", "sampled"). */
  source: 'loaded-instances' | 'sampled-analytics';
  /** Instances created before this instant (epoch ms) are not loaded yet; null when nothing is missing. */
  loadedFrom: number | null;
}

export interface StatusTimeBucket {
  start: number;
  end: number;
  /** Instances created in the bucket, by current status. */
  counts: Record<string, number>;
  total: number;
  /** Instances that ended in the bucket, by final status (for the error rate). */
  ended: { complete: number; errored: number; terminated: number };
  /** errored / (complete + errored + terminated) of the instances that ended in it; null when none did. */
  errorRate: number | null;
  /**
   * The earliest creation of the errored instances that ended in the bucket: the API filters by creation
   * time only, so [erroredFrom, end) is the narrowest range that lists every one of them.
   */
  erroredFrom: number | null;
  /** The bucket reaches before `loadedFrom` (its counts are partial) or past now. */
  partial: boolean;
}

export interface StatusTimeSeries {
  step: BucketStepId;
  /** The step the caller asked for, when it had to be coarsened. */
  coarsenedFrom: BucketStepId | null;
  timeZone: string;
  buckets: StatusTimeBucket[];
  /** Statuses present in any bucket, in display order. */
  statuses: string[];
  coverage: SeriesCoverage;
}
