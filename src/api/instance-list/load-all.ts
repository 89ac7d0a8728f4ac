import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../client.ts';
import type { InstanceListFilter } from './fetch-page.ts';
import {
  fetchMergedPage,
  type MergedPage,
  type MergedPageParam,
  mergedFrontier,
  nextMergedStep,
} from './merged-pages.ts';
import { instancesInfiniteQueryOptions } from './queries.ts';

export interface LoadAllProgress {
  /** Requests made by this run. */
  requests: number;
  /** Share of the time window covered so far (0..1), when the window has a start; otherwise null. */
  fraction: number | null;
  done: boolean;
}

/** How much of the window the merged pages cover, newest first. */
export function coverage(pages: readonly MergedPage[]): number | null {
  const window = pages[0]?.window;
  if (!window?.dateStart) return null;
  const start = Date.parse(window.dateStart);
  const end = window.dateEnd ? Date.parse(window.dateEnd) : Date.now();
  if (nextMergedStep(pages).kind === 'end') return 1;
  const frontier = mergedFrontier(pages);
  if (!Number.isFinite(frontier) || end <= start) return 0;
  return Math.min(1, Math.max(0, (end - frontier) / (end - start)));
}

/**
 * Pages through the whole range at `bulk` priority (paced by the request budget so that this tab leaves
 * room for everything else), appending every page to the table's query so the rows show as they arrive.
 * A 429 is waited out (the budget blocks until Retry-After) and the same page retried. Abort to cancel.
 */
export async function loadAllPages(
  queryClient: QueryClient,
  filter: InstanceListFilter,
  options: { signal: AbortSignal; onProgress?: (progress: LoadAllProgress) => void },
): Promise<MergedPage[]> {
  const { queryKey } = instancesInfiniteQueryOptions(filter);
  let requests = 0;
  for (;;) {
    const data = queryClient.getQueryData<InfiniteData<MergedPage, MergedPageParam>>(queryKey);
    const pages = data?.pages ?? [];
    const step = nextMergedStep(pages);
    if (step.kind === 'end') {
      options.onProgress?.({ requests, fraction: 1, done: true });
      return pages;
    }
    let page: MergedPage;
    try {
      const joined = joinPageFetch(
        `${JSON.stringify(queryKey)}#${pages.length}`,
        options.signal,
        (signal) => {
          requests += step.kind === 'next-pages' ? step.fetch.length : Math.max(1, filter.statuses.length);
          return fetchMergedPage(filter, step, { signal, priority: 'bulk' });
        },
      );
      page = await joined;
    } catch (error) {
      if (options.signal.aborted) throw error;
      // A 429 is waited out by the budget; a shared fetch that every other run left is simply asked again.
      if (error instanceof ApiError && error.kind === 'rate-limited') continue;
      if (error instanceof DOMException && error.name === 'AbortError') continue;
      throw error;
    }
    // Re-read: scrolling may have added a page meanwhile; only append when this one is still next.
    const latest = queryClient.getQueryData<InfiniteData<MergedPage, MergedPageParam>>(queryKey);
    if ((latest?.pages.length ?? 0) !== pages.length) continue;
    const next = {
      pages: [...(latest?.pages ?? []), page],
      pageParams: [...(latest?.pageParams ?? []), step],
    };
    queryClient.setQueryData(queryKey, next);
    options.onProgress?.({ requests, fraction: coverage(next.pages), done: false });
  }
}

interface SharedFetch {
  promise: Promise<MergedPage>;
  controller: AbortController;
  users: number;
}

/** The next page of a list being fetched for a run of "Load all", by query key and page count. */
const inFlight = new Map<string, SharedFetch>();

/**
 * Two runs over the same list (the charts' "load the rest" and the table's "Load all", say) share each
 * page's request instead of both sending it. The request is aborted only when every run sharing it is.
 */
function joinPageFetch(
  key: string,
  signal: AbortSignal,
  start: (signal: AbortSignal) => Promise<MergedPage>,
): Promise<MergedPage> {
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const created: SharedFetch = { promise: start(controller.signal), controller, users: 0 };
    inFlight.set(key, created);
    const forget = () => {
      if (inFlight.get(key) === created) inFlight.delete(key);
    };
    created.promise.then(forget, forget);
    shared = created;
  }
  const entry = shared;
  entry.users++;
  return new Promise<MergedPage>((resolve, reject) => {
    let left = false;
    const leave = () => {
      if (left) return false;
      left = true;
      signal.removeEventListener('abort', onAbort);
      entry.users--;
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      if (entry.users === 0) {
        entry.controller.abort();
        if (inFlight.get(key) === entry) inFlight.delete(key);
      }
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (page) => {
        if (leave()) resolve(page);
      },
      (error: unknown) => {
        if (leave()) reject(error);
      },
    );
  });
}
