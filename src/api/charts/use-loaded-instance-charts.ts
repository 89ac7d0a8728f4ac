import { useDeferredValue, useMemo } from 'react';
import type { SeriesCoverage } from '../../lib/chart-data/series-types.ts';
import type { TimeDomain } from '../../lib/chart-data/time-buckets.ts';
import { useWorkflow } from '../get-workflow.ts';
import type { InstanceListFilter } from '../instance-list/fetch-page.ts';
import type { InstanceRow } from '../instance-list/instance-rows.ts';
import { useBulkLoad } from '../instance-list/use-bulk-load.ts';
import { useInstanceList } from '../instance-list/use-instance-list.ts';
import { loadedCoverage } from './loaded-coverage.ts';

export interface LoadedInstanceCharts {
  /** The loaded rows of the filter: the very rows the table shows (same query, same cache). */
  rows: readonly InstanceRow[];
  domain: TimeDomain | null;
  coverage: Omit<SeriesCoverage, 'counted'>;
  complete: boolean;
  pending: boolean;
  error: Error | null;
  /** The table's "Load all in range": the same bulk run, paced by the same request budget. */
  bulk: ReturnType<typeof useBulkLoad>;
}

/**
 * The charts' source today: the instances the paging engine has loaded for the view's filter. It observes
 * the table's queries without driving them (no polling of its own: live refresh stays the table's, and its
 * pause holds for the charts too), so opening the charts costs no request.
 */
export function useLoadedInstanceCharts(filter: InstanceListFilter, now: number): LoadedInstanceCharts {
  const list = useInstanceList(filter, { enabled: false });
  const workflow = useWorkflow(filter.accountId, filter.workflowName);
  const bulk = useBulkLoad(filter);
  // Deferred: the table's rows commit and paint first; the charts redraw in a later, interruptible render
  // (and keep showing the previous rows meanwhile, so a live refresh never blanks them).
  const pages = useDeferredValue(list.query.data?.pages);
  const rows = useDeferredValue(list.rows);
  const counts = workflow.data?.instances;
  const retainedTotal = useMemo(() => {
    if (!counts) return null;
    const statuses = filter.statuses.length > 0 ? filter.statuses : Object.keys(counts);
    return statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  }, [counts, filter.statuses]);
  const shaped = useMemo(
    () => loadedCoverage(pages ?? [], rows, { now, relative: Boolean(filter.relativeMs), retainedTotal }),
    [pages, rows, now, filter.relativeMs, retainedTotal],
  );
  return {
    rows,
    ...shaped,
    pending: list.query.isPending || (rows.length === 0 && list.rows.length > 0),
    error: list.query.error,
    bulk,
  };
}
