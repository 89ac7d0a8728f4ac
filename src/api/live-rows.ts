import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { InstanceSummary } from '../../contract/instances.ts';
import { FINAL_STATUSES, isKnownStatus } from '../../contract/status.ts';
import {
  type FetchOptions,
  fetchInstancePage,
  type InstanceListFilter,
  instanceListKeys,
} from './list-instances.ts';

/**
 * Live rows beyond the polled head: loaded instances that can still change (not in a final status) but that
 * the head poll does not return, being older than its newest page (or, in a status-filtered view, no longer
 * in that status). Without this a long sleep or a wait for an event that ends hours later would stay
 * "Waiting" in the table until a reload.
 *
 * The API filters by status and creation time, so one request per live status covers all of that status's
 * rows (`status=S`, `date_start`/`date_end` around them). A row missing from its status's answer has moved
 * on; a request for the second it was created in tells what it became. Both are bounded per poll.
 */

/** Statuses asked about per poll (the ones with the most rows first); the rest wait for the next poll. */
export const MAX_STATUS_REQUESTS = 3;
/** Rows that left their status, looked up per poll. */
export const MAX_LOOKUPS = 4;

export interface LiveRowRequest {
  status: string;
  dateStart: string;
  dateEnd: string;
  /** The rows this request answers for, with their creation time (to look up those that moved on). */
  rows: readonly { id: string; created_on: string }[];
}

const modifiedMs = (row: InstanceSummary) => (row.modified_on ? Date.parse(row.modified_on) : 0);

const isLive = (row: InstanceSummary) =>
  row.ended_on == null && !(isKnownStatus(row.status) && FINAL_STATUSES.includes(row.status));

/** Floors to the second (the API takes times without fractions) and formats as the API's date params. */
const second = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** What to ask about the live rows that the polled head did not return (`inHead`: the head's ids). */
export function planLiveRows(
  rows: readonly InstanceSummary[],
  inHead: ReadonlySet<string>,
): LiveRowRequest[] {
  const byStatus = new Map<string, InstanceSummary[]>();
  for (const row of rows) {
    if (!isLive(row) || inHead.has(row.id)) continue;
    const list = byStatus.get(row.status) ?? [];
    list.push(row);
    byStatus.set(row.status, list);
  }
  return [...byStatus.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, MAX_STATUS_REQUESTS)
    .map(([status, list]) => {
      const times = list.map((row) => Date.parse(row.created_on));
      return {
        status,
        dateStart: second(Math.min(...times)),
        dateEnd: second(Math.max(...times) + 1000),
        rows: list.map(({ id, created_on }) => ({ id, created_on })),
      };
    });
}

/**
 * Fresh summaries for the planned rows: what each status's request returns, plus a lookup of up to
 * MAX_LOOKUPS rows that are no longer in their status.
 */
export async function fetchLiveRows(
  filter: Pick<InstanceListFilter, 'accountId' | 'workflowName'>,
  plan: readonly LiveRowRequest[],
  options: FetchOptions = {},
): Promise<InstanceSummary[]> {
  const fresh: InstanceSummary[] = [];
  const departed: { id: string; created_on: string }[] = [];
  await Promise.all(
    plan.map(async (request) => {
      const page = await fetchInstancePage(
        filter.accountId,
        filter.workflowName,
        { status: request.status, dateStart: request.dateStart, dateEnd: request.dateEnd },
        options,
      );
      const returned = new Set(page.rows.map((row) => row.id));
      fresh.push(...page.rows);
      // A full page may stop short of the window's start: only rows at or after its oldest are answered for.
      const oldest = page.rows[page.rows.length - 1];
      const answeredFrom =
        page.nextCursor && oldest ? Date.parse(oldest.created_on) : Number.NEGATIVE_INFINITY;
      for (const row of request.rows)
        if (!returned.has(row.id) && Date.parse(row.created_on) >= answeredFrom) departed.push(row);
    }),
  );
  await Promise.all(
    departed.slice(0, MAX_LOOKUPS).map(async ({ id, created_on }) => {
      const createdOn = Date.parse(created_on);
      const page = await fetchInstancePage(
        filter.accountId,
        filter.workflowName,
        { status: null, dateStart: second(createdOn), dateEnd: second(createdOn + 1000) },
        options,
      );
      const row = page.rows.find((candidate) => candidate.id === id);
      if (row) fresh.push(row);
    }),
  );
  return fresh;
}

export interface LiveRowsData {
  /** Every fresh summary seen for this filter, by id (kept across polls: an answered row leaves the plan). */
  byId: Record<string, InstanceSummary>;
}

/**
 * Polls the live rows below the head. The plan is read when the query runs (`getPlan`), so the key stays the
 * filter's and answers accumulate: a row updated by one poll stays updated when the next plan leaves it out.
 */
export function liveRowsQueryOptions(
  queryClient: QueryClient,
  filter: InstanceListFilter,
  getPlan: () => LiveRowRequest[],
  refetchInterval: number | false,
) {
  const queryKey = [...instanceListKeys.head(filter), 'below'] as const;
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }): Promise<LiveRowsData> => {
      const previous = queryClient.getQueryData<LiveRowsData>(queryKey)?.byId ?? {};
      const plan = getPlan();
      if (plan.length === 0) return { byId: previous };
      const rows = await fetchLiveRows(filter, plan, { signal });
      const byId = { ...previous };
      for (const row of rows) {
        const known = byId[row.id];
        if (!known || modifiedMs(row) >= modifiedMs(known)) byId[row.id] = row;
      }
      return { byId };
    },
    refetchInterval,
    refetchIntervalInBackground: false,
  });
}
