import type { InstanceStepResponse } from 'cloudflare/resources/workflows/instances/instances';
import type { VersionGetResponse } from 'cloudflare/resources/workflows/versions';
import type { WorkflowGetResponse } from 'cloudflare/resources/workflows/workflows';
import type { Account } from './account.ts';
import { DAY, iso } from './duration.ts';
import { ApiFailure } from './errors.ts';
import { instanceDetail, stepOutputAt } from './materialise.ts';
import { enumParam, intParam } from './query.ts';
import type { WorkflowStore } from './workflow-store.ts';

export interface Page<T> {
  result: T[];
  info: { count: number; per_page: number; page: number; total_count: number; total_pages: number };
}

function paginate<T>(items: T[], perPage: number, page: number): Page<T> {
  const result = items.slice((page - 1) * perPage, page * perPage);
  const info = {
    count: result.length,
    per_page: perPage,
    page,
    total_count: items.length,
    total_pages: Math.ceil(items.length / perPage),
  };
  return { result, info };
}

export function workflowObject(account: Account, store: WorkflowStore, t: number): WorkflowGetResponse {
  const { meta } = store;
  const snap = account.snapshot(store, t);
  const newest = meta.versions[meta.versions.length - 1];
  const lastCreated = snap.visible > 0 ? store.created[snap.visible - 1] : undefined;
  const workflow: WorkflowGetResponse = {
    id: meta.id,
    name: meta.def.name,
    class_name: meta.def.className,
    script_name: meta.def.scriptName,
    created_on: iso(meta.created),
    modified_on: iso(newest?.created ?? meta.created),
    triggered_on: lastCreated === undefined ? null : iso(lastCreated),
    instances: { ...snap.counts },
  };
  const cron = meta.def.cron;
  if (cron) {
    const today = Math.floor(t / DAY) * DAY + cron.hourUtc * 3_600_000;
    workflow.schedules = [{ cron: cron.expression, next_instance: iso(today > t ? today : today + DAY) }];
  }
  return workflow;
}

export function listWorkflows(
  account: Account,
  query: URLSearchParams,
  t: number,
): Page<WorkflowGetResponse> {
  const perPage = intParam(query, 'per_page', 10, 1, 100);
  const page = intParam(query, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
  const search = query.get('search');
  if (search !== null && (search.length < 1 || search.length > 64)) {
    throw new ApiFailure('validation', 'search: expected 1 to 64 characters');
  }
  const needle = search?.toLowerCase() ?? '';
  const stores = [...account.stores.values()].filter((s) => s.meta.def.name.toLowerCase().includes(needle));
  return paginate(
    stores.map((s) => workflowObject(account, s, t)),
    perPage,
    page,
  );
}

function versionObject(store: WorkflowStore, index: number): VersionGetResponse {
  const { meta } = store;
  const version = meta.versions[index] ?? { id: '', created: meta.created };
  return {
    id: version.id,
    workflow_id: meta.id,
    class_name: meta.def.className,
    created_on: iso(version.created),
    modified_on: iso(version.created),
    has_dag: false,
    language: 'javascript',
    limits: { steps: 10_000 },
    default_retention: { error_retention: 7 * DAY, success_retention: 7 * DAY },
  };
}

/** Newest version first. */
export function listVersions(store: WorkflowStore, query: URLSearchParams): Page<VersionGetResponse> {
  const perPage = intParam(query, 'per_page', 50, 1, 100);
  const page = intParam(query, 'page', 1, 1, Number.MAX_SAFE_INTEGER);
  const all = store.meta.versions.map((_, i) => versionObject(store, i)).reverse();
  return paginate(all, perPage, page);
}

export function getVersion(store: WorkflowStore, versionId: string): VersionGetResponse {
  const index = store.meta.versions.findIndex((v) => v.id === versionId);
  if (index < 0) throw new ApiFailure('versionNotFound');
  return versionObject(store, index);
}

function findInstance(store: WorkflowStore, id: string, t: number): number {
  const i = store.byId.get(id);
  if (i === undefined || (store.created[i] ?? Infinity) > t) throw new ApiFailure('instanceNotFound');
  return i;
}

export function getInstance(store: WorkflowStore, id: string, query: URLSearchParams, t: number) {
  const i = findInstance(store, id, t);
  const order = enumParam(query, 'order', ['asc', 'desc'] as const) ?? 'asc';
  const simple = enumParam(query, 'simple', ['true', 'false'] as const) === 'true';
  return instanceDetail(store, i, t, { order, simple });
}

export function getStep(
  store: WorkflowStore,
  id: string,
  query: URLSearchParams,
  t: number,
): InstanceStepResponse {
  const i = findInstance(store, id, t);
  const name = query.get('name');
  if (!name) throw new ApiFailure('validation', 'name: required');
  const type = enumParam(query, 'type', ['step', 'waitForEvent'] as const);
  if (!type) throw new ApiFailure('validation', 'type: required (step or waitForEvent)');
  const attempt = query.has('attempt') ? intParam(query, 'attempt', 1, 1, Number.MAX_SAFE_INTEGER) : null;
  if (attempt !== null && type === 'waitForEvent') {
    throw new ApiFailure('validation', 'attempt: not allowed with type=waitForEvent');
  }
  const entries = store.plan(i).entries.filter((e) => e.start <= t && 'name' in e && e.name === name);
  const entry =
    type === 'waitForEvent'
      ? entries.find((e) => e.kind === 'wait')
      : (entries.find((e) => e.kind === 'do' && e.type === 'step') ?? entries.find((e) => e.kind === 'do'));
  if (!entry || (entry.kind !== 'do' && entry.kind !== 'wait')) throw new ApiFailure('stepNotFound');
  if (
    attempt !== null &&
    entry.kind === 'do' &&
    attempt > entry.attempts.filter((a) => a.start <= t).length
  ) {
    throw new ApiFailure('stepNotFound', `attempt ${attempt} is out of range`);
  }
  return stepOutputAt(store, i, entry, attempt, t);
}
