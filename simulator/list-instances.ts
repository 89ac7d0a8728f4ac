import type { InstanceListResponse } from 'cloudflare/resources/workflows/instances/instances';
import { INSTANCE_STATUSES } from '../contract/status.ts';
import type { Account } from './account.ts';
import { decodeCursor, encodeCursor, indexAfter, upperBound } from './cursor.ts';
import { ApiFailure } from './errors.ts';
import { instanceRow } from './materialise.ts';
import { dateParam, enumParam, intParam } from './query.ts';
import type { WorkflowStore } from './workflow-store.ts';

export interface ResultInfo {
  count: number;
  per_page: number;
  total_count: number;
  page?: number;
  total_pages?: number;
  cursor?: string;
}

/**
 * list-instances: newest first by default (created_on desc, ties by id). Page-number pagination (deprecated)
 * or cursor pagination with `direction`; `status` and `date_start`/`date_end` (on created_on) filter.
 */
export function listInstances(account: Account, store: WorkflowStore, query: URLSearchParams, t: number) {
  const perPage = intParam(query, 'per_page', 50, 1, 100);
  const hasPage = query.has('page');
  const page = intParam(query, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
  const token = query.get('cursor');
  if (hasPage && token !== null) throw new ApiFailure('validation', 'page and cursor are mutually exclusive');
  const status = enumParam(query, 'status', INSTANCE_STATUSES);
  const direction = enumParam(query, 'direction', ['asc', 'desc'] as const);
  const from = dateParam(query, 'date_start');
  const to = dateParam(query, 'date_end');
  const cursor = token === null || token === '' ? null : decodeCursor(token);
  if (token && !cursor) throw new ApiFailure('validation', 'cursor: not a cursor this API issued');
  const order = direction ?? cursor?.direction ?? 'desc';

  const snap = account.snapshot(store, t);
  const lo = from === null ? 0 : upperBound(store.created, from, false);
  const hi = Math.min(snap.visible, to === null ? snap.visible : upperBound(store.created, to));
  const statusCode = status === null ? -1 : INSTANCE_STATUSES.indexOf(status);
  const matches = (i: number) => statusCode < 0 || snap.status[i] === statusCode;
  let total = 0;
  if (statusCode < 0) total = Math.max(0, hi - lo);
  else for (let i = lo; i < hi; i++) if (snap.status[i] === statusCode) total++;

  // Walk in `order` from the cursor's key (exclusive) or from the start, skipping `skip` matches.
  let i: number;
  if (cursor) {
    const after = indexAfter(store.created, store.ids, cursor);
    const atKey = store.ids[after - 1] === cursor.id && store.created[after - 1] === cursor.created;
    i = order === 'asc' ? Math.max(after, lo) : Math.min((atKey ? after - 1 : after) - 1, hi - 1);
  } else i = order === 'asc' ? lo : hi - 1;
  const step = order === 'asc' ? 1 : -1;
  const inRange = (k: number) => k >= lo && k < hi;
  let skip = cursor ? 0 : (page - 1) * perPage;
  const picked: number[] = [];
  for (; inRange(i) && picked.length < perPage; i += step) {
    if (!matches(i)) continue;
    if (skip > 0) skip--;
    else picked.push(i);
  }
  let more = false;
  for (; inRange(i); i += step) {
    if (matches(i)) {
      more = true;
      break;
    }
  }
  const result: InstanceListResponse[] = picked.map((k) => instanceRow(store, k, t));
  const last = picked[picked.length - 1];
  const info: ResultInfo = { count: result.length, per_page: perPage, total_count: total };
  if (!cursor) {
    info.page = page;
    info.total_pages = Math.ceil(total / perPage);
  }
  if (more && last !== undefined) {
    info.cursor = encodeCursor({
      created: store.created[last] ?? 0,
      id: store.ids[last] ?? '',
      direction: order,
    });
  }
  return { result, info };
}
