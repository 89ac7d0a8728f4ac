import { STATUS_DISPLAY_ORDER } from '../status-style.ts';
import type { ChartInstance, SeriesCoverage, StatusTimeBucket, StatusTimeSeries } from './series-types.ts';
import { type BucketStepId, bucketIndex, planBuckets, type TimeDomain } from './time-buckets.ts';

/** Orders statuses for legends: known ones in display order, then any others as they are. */
export function inDisplayOrder(statuses: Iterable<string>): string[] {
  const present = new Set(statuses);
  const known = STATUS_DISPLAY_ORDER.filter((status) => present.has(status));
  const unknown = [...present].filter(
    (status) => !(STATUS_DISPLAY_ORDER as readonly string[]).includes(status),
  );
  return [...known, ...unknown.sort()];
}

/**
 * Instances over time by status (by created_on) and the error rate (by ended_on), one pass over the
 * instances. Instances outside the domain are left out of every bucket; `coverage.counted` is what is in.
 */
export function shapeStatusTimeSeries(
  instances: readonly ChartInstance[],
  domain: TimeDomain,
  options: {
    timeZone: string;
    step?: BucketStepId;
    now: number;
    coverage: Omit<SeriesCoverage, 'counted'>;
  },
): StatusTimeSeries {
  const plan = planBuckets(domain, { timeZone: options.timeZone, step: options.step });
  const { bounds } = plan;
  const loadedFrom = options.coverage.loadedFrom;
  const buckets: StatusTimeBucket[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    buckets.push({
      start,
      end,
      counts: {},
      total: 0,
      ended: { complete: 0, errored: 0, terminated: 0 },
      errorRate: null,
      erroredFrom: null,
      partial:
        (loadedFrom !== null && start < loadedFrom) ||
        end > options.now ||
        start < domain.start ||
        end > domain.end,
    });
  }
  const statuses = new Set<string>();
  let counted = 0;
  for (const instance of instances) {
    if (instance.createdMs < domain.start || instance.createdMs >= domain.end) continue;
    const created = buckets[bucketIndex(bounds, instance.createdMs)];
    if (!created) continue;
    counted++;
    created.counts[instance.status] = (created.counts[instance.status] ?? 0) + 1;
    created.total++;
    statuses.add(instance.status);
    const status = instance.status;
    if (
      instance.endedMs !== null &&
      (status === 'complete' || status === 'errored' || status === 'terminated')
    ) {
      const ended = buckets[bucketIndex(bounds, instance.endedMs)];
      if (ended) {
        ended.ended[status]++;
        if (status === 'errored' && (ended.erroredFrom === null || instance.createdMs < ended.erroredFrom)) {
          ended.erroredFrom = instance.createdMs;
        }
      }
    }
  }
  for (const bucket of buckets) {
    const finished = bucket.ended.complete + bucket.ended.errored + bucket.ended.terminated;
    bucket.errorRate = finished > 0 ? bucket.ended.errored / finished : null;
  }
  return {
    step: plan.step,
    coarsenedFrom: plan.coarsenedFrom,
    timeZone: plan.timeZone,
    buckets,
    statuses: inDisplayOrder(statuses),
    coverage: { ...options.coverage, counted },
  };
}
