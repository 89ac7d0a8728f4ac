import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { InstanceDetail, InstanceSummary } from '../../../../contract/instances.ts';
import { ApiError } from '../../../api/client.ts';
import type { InstanceListFilter } from '../../../api/instance-list/fetch-page.ts';
import { loadAllPages } from '../../../api/instance-list/load-all.ts';
import {
  type MergedPage,
  type MergedPageParam,
  mergedRows,
} from '../../../api/instance-list/merged-pages.ts';
import { instancesInfiniteQueryOptions } from '../../../api/instance-list/queries.ts';
import { triageDetailQueryOptions } from './detail-query.ts';

/**
 * One triage run over a range: pages the errored instances with the shared paging engine at bulk priority,
 * and fetches their details newest first with bounded concurrency, inside the tab's request budget (a
 * request waits in the budget when the bulk share is spent, so what was fetched is grouped meanwhile).
 */
export interface TriageSnapshot {
  /** Errored instances listed so far, newest first. */
  rows: readonly InstanceSummary[];
  listDone: boolean;
  details: ReadonlyMap<string, InstanceDetail>;
  /** Details that could not be read (shown as such, never retried in this run). */
  failedIds: ReadonlySet<string>;
  error: string | null;
}

/** Details fetched at once: enough to hide latency, few enough to leave the budget's pacing in charge. */
export const DETAIL_CONCURRENCY = 6;
const NOTIFY_MS = 120;

export class TriageRun {
  private snapshot: TriageSnapshot = {
    rows: [],
    listDone: false,
    details: new Map(),
    failedIds: new Set(),
    error: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly queued = new Set<string>();
  private queue: InstanceSummary[] = [];
  private active = 0;
  private controller: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly details = new Map<string, InstanceDetail>();
  private readonly failedIds = new Set<string>();

  private readonly queryClient: QueryClient;
  private readonly filter: InstanceListFilter;

  constructor(queryClient: QueryClient, filter: InstanceListFilter) {
    this.queryClient = queryClient;
    this.filter = filter;
  }

  start(): void {
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    this.queued.clear();
    this.queue = [];
    void this.page(controller.signal);
  }

  stop(): void {
    this.controller?.abort();
    this.controller = null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TriageSnapshot => this.snapshot;

  private async page(signal: AbortSignal): Promise<void> {
    const { queryKey } = instancesInfiniteQueryOptions(this.filter);
    const readRows = () => {
      const data = this.queryClient.getQueryData<InfiniteData<MergedPage, MergedPageParam>>(queryKey);
      this.enqueue(mergedRows(data?.pages ?? []), signal);
    };
    try {
      readRows();
      await loadAllPages(this.queryClient, this.filter, { signal, onProgress: readRows });
      readRows();
      this.update({ listDone: true });
    } catch (error) {
      if (!signal.aborted) this.update({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  private enqueue(rows: readonly InstanceSummary[], signal: AbortSignal): void {
    for (const row of rows) {
      if (this.queued.has(row.id)) continue;
      this.queued.add(row.id);
      this.queue.push(row);
    }
    this.update({ rows });
    this.pump(signal);
  }

  private pump(signal: AbortSignal): void {
    while (!signal.aborted && this.active < DETAIL_CONCURRENCY && this.queue.length > 0) {
      const row = this.queue.shift() as InstanceSummary;
      this.active++;
      void this.fetchDetail(row, signal).finally(() => {
        this.active--;
        this.pump(signal);
      });
    }
  }

  private async fetchDetail(row: InstanceSummary, signal: AbortSignal): Promise<void> {
    const { accountId, workflowName } = this.filter;
    const options = triageDetailQueryOptions(accountId, workflowName, row.id, row.modified_on ?? '');
    for (;;) {
      try {
        const detail = await this.queryClient.fetchQuery(options);
        this.details.set(row.id, detail);
        this.failedIds.delete(row.id);
        break;
      } catch (error) {
        if (signal.aborted) return;
        // A 429 is waited out by the budget; try the same instance again.
        if (error instanceof ApiError && error.kind === 'rate-limited') continue;
        this.failedIds.add(row.id);
        break;
      }
    }
    this.scheduleNotify();
  }

  private scheduleNotify(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.update({});
    }, NOTIFY_MS);
  }

  private update(patch: Partial<TriageSnapshot>): void {
    this.snapshot = {
      ...this.snapshot,
      ...patch,
      details: new Map(this.details),
      failedIds: new Set(this.failedIds),
    };
    for (const listener of this.listeners) listener();
  }
}
