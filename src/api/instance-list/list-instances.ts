import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type InstanceSummary, instanceListResponseSchema } from '../../../contract/instances.ts';
import { PER_PAGE_MAX } from '../../../contract/params.ts';
import { mergeNewestFirst } from '../../lib/instance-merge.ts';
import { workflowApiPath } from '../../lib/paths.ts';
import { apiGet } from '../client.ts';
import { workflowKey } from '../query-keys.ts';
import type { RequestPriority } from '../request-budget.ts';

/**
 * list-instances (GET /accounts/{id}/workflows/{name}/instances), cursor-paginated newest first.
 * The API filters by one `status` per request, so a multi-status view is one cursor stream per status,
 * merged here; `date_start`/`date_end` are ISO 8601 in UTC.
 */
export interface InstanceListFilter {
  accountId: string;
  workflowName: string;
  /** Empty: all statuses in one stream. */
  statuses: readonly string[];
  /** A relative window ending now (ms), resolved to absolute bounds when the first page is fetched. */
  relativeMs?: number | null;
  start?: number | null;
  end?: number | null;
}

export interface PageRequest {
  status: string | null;
  cursor?: string | null;
  dateStart?: string | undefined;
  dateEnd?: string | undefined;
  perPage?: number;
}

export interface FetchOptions {
  signal?: AbortSignal;
  priority?: RequestPriority;
}

export interface InstancePage {
  rows: InstanceSummary[];
  /** Next page's token; null at the end (the API leaves `result_info.cursor` absent or empty). */
  nextCursor: string | null;
}

export async function fetchInstancePage(
  accountId: string,
  workflowName: string,
  request: PageRequest,
  options: FetchOptions = {},
): Promise<InstancePage> {
  const body = await apiGet(
    `${workflowApiPath(accountId, workflowName)}/instances`,
    instanceListResponseSchema,
    {
      query: {
        per_page: request.perPage ?? PER_PAGE_MAX,
        cursor: request.cursor ?? undefined,
        direction: 'desc',
        status: request.status ?? undefined,
        date_start: request.dateStart,
        date_end: request.dateEnd,
      },
      signal: options.signal,
      priority: options.priority ?? 'interactive',
    },
  );
  const cursor = body.result_info?.cursor;
  return { rows: body.result, nextCursor: cursor && body.result.length > 0 ? cursor : null };
}

export interface ResolvedWindow {
  dateStart?: string;
  dateEnd?: string;
}

/** Freezes a filter's time window at `now` (a relative range becomes absolute once per query). */
export function resolveWindow(filter: InstanceListFilter, now: number): ResolvedWindow {
  const window: ResolvedWindow = {};
  const start = filter.relativeMs ? now - filter.relativeMs : filter.start;
  const end = filter.relativeMs ? now : filter.end;
  if (start !== null && start !== undefined) window.dateStart = new Date(start).toISOString();
  if (end !== null && end !== undefined) window.dateEnd = new Date(end).toISOString();
  return window;
}

/** One fetched page of one stream. */
export interface StreamChunk {
  status: string | null;
  rows: InstanceSummary[];
  nextCursor: string | null;
}

/** A page of the merged query: the chunks fetched in one step, all within the same frozen window. */
export interface MergedPage {
  window: ResolvedWindow;
  chunks: StreamChunk[];
}

export type MergedPageParam = {
  window: ResolvedWindow;
  fetch: { status: string | null; cursor: string }[];
} | null;

/** Fetches one merged step: the first page of every stream, or the next page of the lagging streams. */
export async function fetchMergedPage(
  filter: InstanceListFilter,
  param: MergedPageParam,
  options: FetchOptions & { now?: number } = {},
): Promise<MergedPage> {
  const window = param?.window ?? resolveWindow(filter, options.now ?? Date.now());
  const wanted =
    param?.fetch ??
    (filter.statuses.length ? filter.statuses : [null]).map((status) => ({ status, cursor: '' }));
  const chunks = await Promise.all(
    wanted.map(async ({ status, cursor }) => {
      const page = await fetchInstancePage(
        filter.accountId,
        filter.workflowName,
        { status, cursor: cursor || null, ...window },
        options,
      );
      return { status, ...page };
    }),
  );
  return { window, chunks };
}

export interface StreamState {
  status: string | null;
  cursor: string | null;
  /** created_on (ms) of the stream's oldest loaded row; +Infinity before any row. */
  oldest: number;
}

export function streamStates(pages: readonly MergedPage[]): StreamState[] {
  const states = new Map<string | null, StreamState>();
  for (const page of pages) {
    for (const chunk of page.chunks) {
      const last = chunk.rows[chunk.rows.length - 1];
      const previous = states.get(chunk.status);
      states.set(chunk.status, {
        status: chunk.status,
        cursor: chunk.nextCursor,
        oldest: last ? Date.parse(last.created_on) : (previous?.oldest ?? Number.POSITIVE_INFINITY),
      });
    }
  }
  return [...states.values()];
}

/**
 * The merged list is complete down to the `frontier`: below it, a stream still open may hold rows not yet
 * fetched. The next step advances only the streams at the frontier (the fewest requests to extend it).
 */
export function mergedFrontier(pages: readonly MergedPage[]): number {
  let frontier = Number.NEGATIVE_INFINITY;
  for (const state of streamStates(pages))
    if (state.cursor !== null) frontier = Math.max(frontier, state.oldest);
  return frontier;
}

export function nextMergedParam(pages: readonly MergedPage[]): MergedPageParam | undefined {
  const first = pages[0];
  if (!first) return null;
  const open = streamStates(pages).filter((state) => state.cursor !== null);
  if (open.length === 0) return undefined;
  const frontier = Math.max(...open.map((state) => state.oldest));
  const fetch = open
    .filter((state) => state.oldest === frontier)
    .map((state) => ({ status: state.status, cursor: state.cursor ?? '' }));
  return { window: first.window, fetch };
}

/** The merged, deduplicated newest-first rows that are complete (down to the frontier). */
export function mergedRows(pages: readonly MergedPage[]): InstanceSummary[] {
  const byStream = new Map<string | null, InstanceSummary[][]>();
  for (const page of pages) {
    for (const chunk of page.chunks) {
      const lists = byStream.get(chunk.status) ?? [];
      lists.push(chunk.rows);
      byStream.set(chunk.status, lists);
    }
  }
  const merged = mergeNewestFirst([...byStream.values()].map((lists) => lists.flat()));
  const frontier = mergedFrontier(pages);
  if (frontier === Number.NEGATIVE_INFINITY) return merged;
  let end = merged.length;
  while (end > 0 && Date.parse((merged[end - 1] as InstanceSummary).created_on) < frontier) end--;
  return end === merged.length ? merged : merged.slice(0, end);
}

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
    initialPageParam: null as MergedPageParam,
    getNextPageParam: (_last: MergedPage, pages: MergedPage[]) => nextMergedParam(pages),
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
      const page = await fetchMergedPage(filter, { window, fetch: streamsOf(filter) }, { signal });
      return { fetchedAt: now, rows: mergeNewestFirst(page.chunks.map((chunk) => chunk.rows)) };
    },
    refetchInterval,
    refetchIntervalInBackground: false,
  });
}

function streamsOf(filter: InstanceListFilter) {
  return (filter.statuses.length ? filter.statuses : [null]).map((status) => ({ status, cursor: '' }));
}

export function useInstancesHead(
  filter: InstanceListFilter,
  options: { enabled: boolean; interval: number | false },
) {
  return useQuery({ ...instancesHeadQueryOptions(filter, options.interval), enabled: options.enabled });
}
