import { queryOptions } from '@tanstack/react-query';
import type { InstanceSummary } from '../../../contract/instances.ts';
import { isKnownStatus, isLiveInstance } from '../../../contract/status.ts';
import { ALL_STATUSES, type FetchOptions, fetchInstancePage, type InstanceListFilter } from './fetch-page.ts';
import { instanceListKeys } from './queries.ts';

/**
 * Live rows beyond the polled head: loaded instances that can still change (not in a final status) but that
 * the head poll does not return, being older than its newest page (or, in a status-filtered view, no longer
 * in that status). Without this a long sleep or a wait for an event that ends hours later would stay
 * "Waiting" in the table until a reload.
 *
 * The API filters by status and creation time, so a request `status=S` with `date_start`/`date_end` around a
 * run of rows in status S answers for all of them at once. A row missing from its answer has moved on; a
 * request for the millisecond it was created in tells what it became. Requests are bounded per poll and
 * take turns across polls, so every live row is asked about within a few polls.
 */

/** Loaded rows one status request answers for (the answer is one page of up to 100). */
export const ROWS_PER_REQUEST = 50;
/** Status requests per poll; when there are more, successive polls take turns. */
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

/** Live in a status the API can filter by (a status this app does not know cannot be asked about). */
const isAskable = (row: InstanceSummary) => isLiveInstance(row) && isKnownStatus(row.status);

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Every request it takes to ask about the live rows the polled head did not return (`inHead`: the head's
 * ids): per status, one per run of ROWS_PER_REQUEST rows (rows are newest first), over the run's creation
 * times (`date_end` one millisecond past the newest, whether the API's end is inclusive or not).
 */
export function planLiveRows(
  rows: readonly InstanceSummary[],
  inHead: ReadonlySet<string>,
): LiveRowRequest[] {
  const byStatus = new Map<string, InstanceSummary[]>();
  for (const row of rows) {
    if (!isAskable(row) || inHead.has(row.id)) continue;
    const list = byStatus.get(row.status) ?? [];
    list.push(row);
    byStatus.set(row.status, list);
  }
  const requests: LiveRowRequest[] = [];
  for (const [status, list] of [...byStatus.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (let from = 0; from < list.length; from += ROWS_PER_REQUEST) {
      const run = list.slice(from, from + ROWS_PER_REQUEST);
      let oldest = Number.POSITIVE_INFINITY;
      let newest = Number.NEGATIVE_INFINITY;
      for (const row of run) {
        const created = Date.parse(row.created_on);
        oldest = Math.min(oldest, created);
        newest = Math.max(newest, created);
      }
      requests.push({
        status,
        dateStart: iso(oldest),
        dateEnd: iso(newest + 1),
        rows: run.map(({ id, created_on }) => ({ id, created_on })),
      });
    }
  }
  return requests;
}

/** The requests for poll number `poll`: MAX_STATUS_REQUESTS of them, taking turns through the plan. */
export function requestsForPoll(plan: readonly LiveRowRequest[], poll: number): LiveRowRequest[] {
  if (plan.length <= MAX_STATUS_REQUESTS) return [...plan];
  const first = (poll * MAX_STATUS_REQUESTS) % plan.length;
  return Array.from({ length: MAX_STATUS_REQUESTS }, (_, i) => plan[(first + i) % plan.length]).filter(
    (request): request is LiveRowRequest => request !== undefined,
  );
}

export interface LiveRowsAnswer {
  rows: InstanceSummary[];
  /** The first request that failed, if any: the other answers still count. */
  failure?: unknown;
}

/**
 * Fresh summaries for the planned rows: what each status's request returns, plus a lookup of up to
 * MAX_LOOKUPS rows that are no longer in their status. A failed request does not discard the others.
 */
export async function fetchLiveRows(
  filter: Pick<InstanceListFilter, 'accountId' | 'workflowName'>,
  plan: readonly LiveRowRequest[],
  options: FetchOptions = {},
): Promise<LiveRowsAnswer> {
  const rows: InstanceSummary[] = [];
  const departed: { id: string; created_on: string }[] = [];
  const asked = await Promise.allSettled(
    plan.map(async (request) => {
      const page = await fetchInstancePage(
        filter.accountId,
        filter.workflowName,
        { status: request.status, dateStart: request.dateStart, dateEnd: request.dateEnd },
        options,
      );
      const returned = new Set(page.rows.map((row) => row.id));
      rows.push(...page.rows);
      // A full page may stop short of the window's start: only rows after its oldest are answered for (one
      // created in the same millisecond may sort after it and be on the next page).
      const oldest = page.rows[page.rows.length - 1];
      const answeredAfter =
        page.next.kind === 'more' && oldest ? Date.parse(oldest.created_on) : Number.NEGATIVE_INFINITY;
      for (const row of request.rows)
        if (!returned.has(row.id) && Date.parse(row.created_on) > answeredAfter) departed.push(row);
    }),
  );
  const lookedUp = await Promise.allSettled(
    departed.slice(0, MAX_LOOKUPS).map(async ({ id, created_on }) => {
      const created = Date.parse(created_on);
      const page = await fetchInstancePage(
        filter.accountId,
        filter.workflowName,
        { status: ALL_STATUSES, dateStart: iso(created), dateEnd: iso(created + 1) },
        options,
      );
      const row = page.rows.find((candidate) => candidate.id === id);
      if (row) rows.push(row);
    }),
  );
  const failed = [...asked, ...lookedUp].find((result) => result.status === 'rejected');
  return failed ? { rows, failure: failed.reason } : { rows };
}

export interface LiveRowsData {
  /** Every fresh summary seen for this filter, by id (kept across polls, so an update is never undone). */
  byId: Record<string, InstanceSummary>;
  /** Polls so far, for taking turns through the plan (failed ones included, so none blocks the turn). */
  polls: number;
  /** When a poll last got every answer it asked for (epoch ms; 0 before any). */
  completeAt: number;
}

/**
 * Polls the live rows beyond the head. The plan is read when the query runs (`getPlan`, from the rows as
 * shown then), so the key stays the filter's and answers accumulate across polls.
 */
export function liveRowsQueryOptions(
  filter: InstanceListFilter,
  getPlan: () => LiveRowRequest[],
  refetchInterval: number | false,
) {
  const queryKey = [...instanceListKeys.head(filter), 'below'] as const;
  return queryOptions({
    queryKey,
    queryFn: async ({ signal, client }): Promise<LiveRowsData> => {
      const cached = client.getQueryData<LiveRowsData>(queryKey);
      const previous = cached?.byId ?? {};
      const polls = cached?.polls ?? 0;
      const plan = getPlan();
      if (plan.length === 0) return { byId: previous, polls, completeAt: Date.now() };
      const answer = await fetchLiveRows(filter, requestsForPoll(plan, polls), { signal });
      const byId = { ...previous };
      for (const row of answer.rows) {
        const known = byId[row.id];
        if (!known || modifiedMs(row) >= modifiedMs(known)) byId[row.id] = row;
      }
      const next = { byId, polls: polls + 1, completeAt: cached?.completeAt ?? 0 };
      if (answer.failure === undefined) return { ...next, completeAt: Date.now() };
      // Keep what did arrive and move the turn on, then fail the poll so that the failure is shown.
      client.setQueryData(queryKey, next);
      throw answer.failure;
    },
    refetchInterval,
    refetchIntervalInBackground: false,
  });
}
