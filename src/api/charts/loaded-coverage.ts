import type { SeriesCoverage } from '../../lib/chart-data/series-types.ts';
import type { TimeDomain } from '../../lib/chart-data/time-buckets.ts';
import type { InstanceRow } from '../instance-list/instance-rows.ts';
import { coverage as timeCoverage } from '../instance-list/load-all.ts';
import { type MergedPage, mergedFrontier, nextMergedStep } from '../instance-list/merged-pages.ts';

/** What the loaded pages of a filter cover, for the charts' "covers 1,200 of about 8,400". */
export interface LoadedCoverage {
  domain: TimeDomain | null;
  coverage: Omit<SeriesCoverage, 'counted'>;
  /** Every page of the range is loaded. */
  complete: boolean;
}

/**
 * The charts' time domain and coverage from the merged pages of the paging engine. The domain is the range's
 * frozen window (its end moves on to `now` while the range is relative, as live refresh adds rows); with no
 * range it runs from the oldest loaded instance to now. The total is exact once every page is loaded; before,
 * it is the workflow's count of the selected statuses when the range is everything, or else an estimate
 * from the share of the window the pages cover (the API's own total is "not reliable with cursor-based
 * pagination").
 */
export function loadedCoverage(
  pages: readonly MergedPage[],
  rows: readonly InstanceRow[],
  options: { now: number; relative: boolean; retainedTotal: number | null },
): LoadedCoverage {
  const window = pages[0]?.window;
  const complete = pages.length > 0 && nextMergedStep(pages).kind === 'end';
  const frontier = complete ? Number.NEGATIVE_INFINITY : mergedFrontier(pages);
  const loadedFrom = Number.isFinite(frontier) ? frontier : null;
  let domain: TimeDomain | null = null;
  if (window) {
    const end = window.dateEnd && !options.relative ? Date.parse(window.dateEnd) : options.now;
    let start = window.dateStart ? Date.parse(window.dateStart) : Number.POSITIVE_INFINITY;
    if (!window.dateStart) for (const row of rows) start = Math.min(start, row.createdMs);
    if (!window.dateStart && loadedFrom !== null) start = Math.min(start, loadedFrom);
    domain = Number.isFinite(start) && end > start ? { start, end } : null;
  }
  let total: number | null = null;
  if (complete) total = rows.length;
  else if (!window?.dateStart && options.retainedTotal !== null)
    total = Math.max(rows.length, options.retainedTotal);
  else {
    const share = timeCoverage(pages);
    if (share !== null && share > 0) total = Math.max(rows.length, Math.round(rows.length / share));
  }
  return {
    domain,
    complete,
    coverage: {
      total,
      exact: complete,
      source: 'loaded-instances',
      loadedFrom: complete ? null : loadedFrom,
    },
  };
}
