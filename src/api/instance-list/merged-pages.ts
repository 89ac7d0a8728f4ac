import type { InstanceSummary } from '../../../contract/instances.ts';
import { mergeNewestFirst } from '../../lib/instance-merge.ts';
import {
  type FetchOptions,
  FIRST_PAGE,
  fetchInstancePage,
  type InstanceListFilter,
  type NextPage,
  type ResolvedWindow,
  resolveWindow,
  type StreamStatus,
  streamsOf,
} from './fetch-page.ts';

/**
 * A multi-status list is one cursor stream per status, merged newest first. Each step of the merged list
 * fetches the first page of every stream, or the next page of the streams that lag behind.
 */

/** One fetched page of one stream. */
export interface StreamChunk {
  status: StreamStatus;
  rows: InstanceSummary[];
  next: NextPage;
}

/** A page of the merged query: the chunks fetched in one step, all within the same frozen window. */
export interface MergedPage {
  window: ResolvedWindow;
  chunks: StreamChunk[];
}

/** The next step of a merged list. */
export type MergedStep =
  /** Every stream's first page, with the window frozen when it is fetched. */
  | { kind: 'first-pages' }
  /** The next page of the streams that lag behind, in the window of the first pages. */
  | { kind: 'next-pages'; window: ResolvedWindow; fetch: { status: StreamStatus; cursor: string }[] }
  /** Every stream has ended: the list is complete. */
  | { kind: 'end' };

/** A step that fetches something (what TanStack Query keeps as a page param). */
export type MergedPageParam = Exclude<MergedStep, { kind: 'end' }>;
export const FIRST_PAGES: MergedPageParam = { kind: 'first-pages' };

async function fetchChunks(
  filter: InstanceListFilter,
  window: ResolvedWindow,
  fetch: { status: StreamStatus; cursor?: string }[],
  options: FetchOptions,
): Promise<MergedPage> {
  const chunks = await Promise.all(
    fetch.map(async ({ status, cursor }): Promise<StreamChunk> => {
      const position = cursor === undefined ? FIRST_PAGE : { kind: 'cursor' as const, cursor };
      const page = await fetchInstancePage(
        filter.accountId,
        filter.workflowName,
        { status, position, ...window },
        options,
      );
      return { status, rows: page.rows, next: page.next };
    }),
  );
  return { window, chunks };
}

/** The first page of every stream of a filter, in a given window (the live head's poll). */
export function fetchFirstPages(
  filter: InstanceListFilter,
  window: ResolvedWindow,
  options: FetchOptions = {},
): Promise<MergedPage> {
  return fetchChunks(
    filter,
    window,
    streamsOf(filter).map((status) => ({ status })),
    options,
  );
}

/** Fetches one merged step. */
export function fetchMergedPage(
  filter: InstanceListFilter,
  param: MergedPageParam,
  options: FetchOptions & { now?: number } = {},
): Promise<MergedPage> {
  if (param.kind === 'first-pages')
    return fetchFirstPages(filter, resolveWindow(filter, options.now ?? Date.now()), options);
  return fetchChunks(filter, param.window, param.fetch, options);
}

export interface StreamState {
  status: StreamStatus;
  next: NextPage;
  /** created_on (ms) of the stream's oldest loaded row; +Infinity before any row. */
  oldest: number;
}

export function streamStates(pages: readonly MergedPage[]): StreamState[] {
  const states = new Map<StreamStatus, StreamState>();
  for (const page of pages) {
    for (const chunk of page.chunks) {
      const last = chunk.rows[chunk.rows.length - 1];
      const previous = states.get(chunk.status);
      states.set(chunk.status, {
        status: chunk.status,
        next: chunk.next,
        oldest: last ? Date.parse(last.created_on) : (previous?.oldest ?? Number.POSITIVE_INFINITY),
      });
    }
  }
  return [...states.values()];
}

const openStreams = (pages: readonly MergedPage[]) =>
  streamStates(pages).flatMap((state): (StreamState & { cursor: string })[] =>
    state.next.kind === 'more' ? [{ ...state, cursor: state.next.cursor }] : [],
  );

/**
 * The merged list is complete down to the `frontier`: below it, a stream still open may hold rows not yet
 * fetched (-Infinity once every stream has ended).
 */
export function mergedFrontier(pages: readonly MergedPage[]): number {
  return Math.max(Number.NEGATIVE_INFINITY, ...openStreams(pages).map((state) => state.oldest));
}

/** The next step advances only the streams at the frontier: the fewest requests that extend it. */
export function nextMergedStep(pages: readonly MergedPage[]): MergedStep {
  const first = pages[0];
  if (!first) return FIRST_PAGES;
  const open = openStreams(pages);
  if (open.length === 0) return { kind: 'end' };
  const frontier = Math.max(...open.map((state) => state.oldest));
  const fetch = open
    .filter((state) => state.oldest === frontier)
    .map((state): { status: StreamStatus; cursor: string } => ({
      status: state.status,
      cursor: state.cursor,
    }));
  return { kind: 'next-pages', window: first.window, fetch };
}

/** The merged, deduplicated newest-first rows that are complete (down to the frontier). */
export function mergedRows(pages: readonly MergedPage[]): InstanceSummary[] {
  const byStream = new Map<StreamStatus, InstanceSummary[][]>();
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
