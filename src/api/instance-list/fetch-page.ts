import { type InstanceSummary, instanceListResponseSchema } from '../../../contract/instances.ts';
import { PER_PAGE_MAX } from '../../../contract/params.ts';
import { workflowApiPath } from '../../lib/paths.ts';
import { apiGet } from '../client.ts';
import type { RequestPriority } from '../request-budget.ts';

/**
 * One page of list-instances (GET /accounts/{id}/workflows/{name}/instances), cursor-paginated newest first.
 * The API filters by one `status` per request; `date_start`/`date_end` are ISO 8601 in UTC.
 */

/** The stream of a view with no status filter: every status in one cursor walk. */
export const ALL_STATUSES: unique symbol = Symbol('all statuses');
/** What one cursor stream lists: one status, or every status. */
export type StreamStatus = string | typeof ALL_STATUSES;

/** What follows a page: another (with the cursor that fetches it), or nothing (the list has ended). */
export type NextPage = { kind: 'more'; cursor: string } | { kind: 'end' };
export const END_OF_LIST: NextPage = { kind: 'end' };

/** Where a request starts: a stream's first page, or the page a cursor points at. */
export type PagePosition = { kind: 'first-page' } | { kind: 'cursor'; cursor: string };
export const FIRST_PAGE: PagePosition = { kind: 'first-page' };

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

/** A frozen time window; a bound left out is open. */
export interface ResolvedWindow {
  dateStart?: string;
  dateEnd?: string;
}

export interface PageRequest extends ResolvedWindow {
  status: StreamStatus;
  position?: PagePosition;
  perPage?: number;
}

export interface FetchOptions {
  signal?: AbortSignal;
  priority?: RequestPriority;
}

export interface InstancePage {
  rows: InstanceSummary[];
  next: NextPage;
}

/** The streams a filter pages through: one per selected status, or one for every status. */
export function streamsOf(filter: Pick<InstanceListFilter, 'statuses'>): StreamStatus[] {
  return filter.statuses.length > 0 ? [...filter.statuses] : [ALL_STATUSES];
}

export async function fetchInstancePage(
  accountId: string,
  workflowName: string,
  request: PageRequest,
  options: FetchOptions = {},
): Promise<InstancePage> {
  const position = request.position ?? FIRST_PAGE;
  const body = await apiGet(
    `${workflowApiPath(accountId, workflowName)}/instances`,
    instanceListResponseSchema,
    {
      query: {
        per_page: request.perPage ?? PER_PAGE_MAX,
        cursor: position.kind === 'cursor' ? position.cursor : undefined,
        direction: 'desc',
        status: request.status === ALL_STATUSES ? undefined : request.status,
        date_start: request.dateStart,
        date_end: request.dateEnd,
      },
      signal: options.signal,
      priority: options.priority ?? 'interactive',
    },
  );
  // The API ends a list by leaving `result_info.cursor` absent or empty (and, past the end, with no rows).
  const cursor = body.result_info?.cursor;
  const next: NextPage = cursor && body.result.length > 0 ? { kind: 'more', cursor } : END_OF_LIST;
  return { rows: body.result, next };
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
