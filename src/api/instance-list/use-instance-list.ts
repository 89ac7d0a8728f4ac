import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { isLiveInstance } from '../../../contract/status.ts';
import { overlayFresh } from '../../lib/instance-merge.ts';
import type { InstanceListFilter } from './fetch-page.ts';
import { type InstanceRow, toInstanceRows } from './instance-rows.ts';
import { type LiveRowRequest, liveRowsQueryOptions, planLiveRows } from './live-rows.ts';
import { mergedRows } from './merged-pages.ts';
import { useInstancesHead, useInstancesInfinite } from './queries.ts';

/** Polling while something runs, and ten times slower when nothing does (Airflow's adaptive refresh). */
export const LIVE_INTERVAL_MS = 5_000;
export const IDLE_INTERVAL_MS = 50_000;

export interface LiveOptions {
  /** The range reaches now and the user has not paused. */
  enabled: boolean;
}

/**
 * The loaded rows of a filter: every fetched page merged newest first, with the polled head of the list laid
 * over them (new instances inserted, changed ones replaced), then the live rows below the head brought up to
 * date (api/live-rows.ts), parsed once into InstanceRows.
 */
export function useInstanceList(filter: InstanceListFilter, live: LiveOptions) {
  const query = useInstancesInfinite(filter);
  const pages = query.data?.pages;
  const loaded = useMemo(() => (pages ? mergedRows(pages) : []), [pages]);
  const anyLive = useMemo(() => loaded.some(isLiveInstance), [loaded]);
  const head = useInstancesHead(filter, {
    enabled: live.enabled && query.isSuccess,
    interval: live.enabled ? (anyLive ? LIVE_INTERVAL_MS : IDLE_INTERVAL_MS) : false,
  });
  const headRows = head.data?.rows;
  const withHead = useMemo(() => {
    if (!headRows || loaded.length === 0) return loaded;
    const oldestLoaded = Date.parse(loaded[loaded.length - 1]?.created_on ?? '');
    // Rows older than what is loaded belong to pages not fetched yet; they arrive with those pages.
    return overlayFresh(
      loaded,
      headRows,
      (row) => !query.hasNextPage || Date.parse(row.created_on) >= oldestLoaded,
    ).rows;
  }, [loaded, headRows, query.hasNextPage]);
  // Live rows the head poll does not return cannot be seen changing by it: they are polled on their own, with
  // the plan made when the poll runs from the rows as shown then (a row that has ended is not asked again).
  const inHead = useMemo(() => new Set(headRows?.map((row) => row.id)), [headRows]);
  const plan = useRef<() => LiveRowRequest[]>(() => []);
  const beyondHead = useQuery({
    ...liveRowsQueryOptions(
      filter,
      () => plan.current(),
      // Older rows change less urgently than the newest: a third of the head's pace, to spare the budget.
      live.enabled ? 3 * (anyLive ? LIVE_INTERVAL_MS : IDLE_INTERVAL_MS) : false,
    ),
    enabled: live.enabled && head.isSuccess,
  });
  const freshById = beyondHead.data?.byId;
  const merged = useMemo(
    // Only rows already listed are updated: one that moved into a status the view leaves out stays shown.
    () => (freshById ? overlayFresh(withHead, Object.values(freshById), () => false).rows : withHead),
    [withHead, freshById],
  );
  plan.current = () => planLiveRows(merged, inHead);
  const rows: InstanceRow[] = useMemo(() => toInstanceRows(merged), [merged]);
  return {
    rows,
    query,
    head,
    /**
     * A live poll's failure (cleared by its next success), and since when the rows may be stale: the failing
     * poll's last complete answer.
     */
    liveError: head.error ?? beyondHead.error,
    liveUpdatedAt: head.error ? head.dataUpdatedAt : (beyondHead.data?.completeAt ?? head.dataUpdatedAt),
    requests: pages?.reduce((sum, page) => sum + page.chunks.length, 0) ?? 0,
  };
}
