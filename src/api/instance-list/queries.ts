import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { mergeNewestFirst } from '../../lib/instance-merge.ts';
import { workflowKey } from '../query-keys.ts';
import { type InstanceListFilter, resolveWindow } from './fetch-page.ts';
import {
  FIRST_PAGES,
  fetchFirstPages,
  fetchMergedPage,
  type MergedPage,
  type MergedPageParam,
  nextMergedStep,
} from './merged-pages.ts';

export const instanceListKeys = {
  /** Under the workflow's own key (get-workflow's), so one prefix covers all of a workflow's data. */
  all: (accountId: string, workflowName: string) =>
    [...workflowKey(accountId, workflowName), 'instance-list'] as const,
  merged: (filter: InstanceListFilter) =>
    [...instanceListKeys.all(filter.accountId, filter.workflowName), 'merged', filterKey(filter)] as const,
  head: (filter: InstanceListFilter) =>
    [...instanceListKeys.all(filter.accountId, filter.workflowName), 'head', filterKey(filter)] as const,
};

function filterKey(filter: InstanceListFilter) {
  return {
    statuses: [...filter.statuses],
    relativeMs: filter.relativeMs ?? null,
    start: filter.start ?? null,
    end: filter.end ?? null,
  };
}

/** All pages loaded so far of a filter (scrolling adds pages; "load all" adds them in bulk). */
export function instancesInfiniteQueryOptions(filter: InstanceListFilter) {
  return infiniteQueryOptions({
    queryKey: instanceListKeys.merged(filter),
    queryFn: ({ pageParam, signal }) => fetchMergedPage(filter, pageParam, { signal }),
    initialPageParam: FIRST_PAGES as MergedPageParam,
    getNextPageParam: (_last: MergedPage, pages: MergedPage[]) => {
      const next = nextMergedStep(pages);
      // TanStack Query's "no next page" is undefined.
      return next.kind === 'end' ? undefined : next;
    },
    // Pages stay as loaded: live changes come from the head query, so a refetch never re-pages the range.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInstancesInfinite(filter: InstanceListFilter) {
  return useInfiniteQuery(instancesInfiniteQueryOptions(filter));
}

/** The newest page of every stream, polled for live refresh (window end left open when the range is). */
export function instancesHeadQueryOptions(filter: InstanceListFilter, refetchInterval: number | false) {
  return queryOptions({
    queryKey: instanceListKeys.head(filter),
    queryFn: async ({ signal }) => {
      const now = Date.now();
      const window = resolveWindow({ ...filter, end: filter.relativeMs ? null : filter.end }, now);
      if (filter.relativeMs) delete window.dateEnd;
      const page = await fetchFirstPages(filter, window, { signal });
      return { fetchedAt: now, rows: mergeNewestFirst(page.chunks.map((chunk) => chunk.rows)) };
    },
    refetchInterval,
    refetchIntervalInBackground: false,
  });
}

export function useInstancesHead(
  filter: InstanceListFilter,
  options: { enabled: boolean; interval: number | false },
) {
  return useQuery({ ...instancesHeadQueryOptions(filter, options.interval), enabled: options.enabled });
}
