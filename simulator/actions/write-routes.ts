import type { StatusChange } from '../../contract/writes.ts';
import { iso } from '../duration.ts';
import { ApiFailure, failureResponse } from '../errors.ts';
import type { LiveStore } from './live-store.ts';
import { createdPlan } from './replan.ts';
import { changeStatus, sendEvent } from './state-machine.ts';
import { statusAt } from './timeline.ts';

/** The part of the router's context the writes need. */
export interface WriteContext {
  stores: ReadonlyMap<string, LiveStore>;
  accountId: string;
  now: () => number;
}

const ID_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9-_]*$/;
const RESERVED_IDS = new Set(['batch', 'terminate', 'terminateAll']);

const ok = (result: unknown) => Response.json({ success: true, errors: [], messages: [], result });

/**
 * Answers the write endpoints (see state-machine.ts for what each does and refuses), or null when the
 * request is not one of them. `parts` are the decoded path segments after /client/v4.
 */
export function routeWrite(
  ctx: WriteContext,
  method: string,
  parts: string[],
  body: string,
): Response | null {
  const [root, accountId, collection, name, sub, id, leaf, extra, ...rest] = parts;
  if (root !== 'accounts' || accountId !== ctx.accountId || collection !== 'workflows') return null;
  if (name === undefined || sub !== 'instances' || rest.length > 0) return null;
  const route = pickRoute(method, id, leaf, extra);
  if (!route) return null;
  try {
    const store = ctx.stores.get(name);
    if (!store) throw new ApiFailure('workflowNameNotFound');
    const t = ctx.now();
    const json = parseBody(body);
    switch (route) {
      case 'create':
        return ok(create(store, json, t));
      case 'batch': {
        if (!Array.isArray(json)) throw new ApiFailure('validation', 'body: expected an array');
        checkBatchIds(store, json);
        return ok(json.map((item) => create(store, item, t)));
      }
      case 'batchDelete':
        return ok(batchDelete(store, json, t));
      case 'delete':
        return ok(remove(store, find(store, id ?? '', t), id ?? '', t));
      case 'status': {
        const i = find(store, id ?? '', t);
        store.setOverlay(i, changeStatus(store.context, store.overlay(i), statusChange(json), t));
        return ok({ status: statusAt(store.plan(i), t), timestamp: iso(t) });
      }
      case 'event': {
        const i = find(store, id ?? '', t);
        store.setOverlay(i, sendEvent(store.context, store.overlay(i), extra ?? '', json, t));
        return ok({ success: true });
      }
    }
  } catch (error) {
    if (error instanceof ApiFailure) return failureResponse(error.kind, error.detail);
    return failureResponse('internal');
  }
}

type WriteRoute = 'create' | 'batch' | 'batchDelete' | 'delete' | 'status' | 'event';

function pickRoute(method: string, id?: string, leaf?: string, extra?: string): WriteRoute | null {
  if (method === 'POST' && id === undefined) return 'create';
  if (method === 'POST' && id === 'batch' && leaf === undefined) return 'batch';
  if (method === 'POST' && id === 'batch' && leaf === 'delete' && extra === undefined) return 'batchDelete';
  if (method === 'DELETE' && id !== undefined && leaf === undefined) return 'delete';
  if (method === 'PATCH' && leaf === 'status' && extra === undefined) return 'status';
  if (method === 'POST' && leaf === 'events' && extra !== undefined) return 'event';
  return null;
}

function parseBody(body: string): unknown {
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new ApiFailure('validation', 'body: not valid JSON');
  }
}

/** The body of PATCH …/status, as the API's oneOf allows it; anything else is a 400. */
function statusChange(json: unknown): StatusChange {
  const status = field(json, 'status');
  const rollback = field(json, 'rollback');
  const from = field(json, 'from');
  if (status === 'pause' || status === 'resume') return { status };
  if (status === 'terminate' && (rollback === undefined || typeof rollback === 'boolean')) {
    return rollback === undefined ? { status } : { status, rollback };
  }
  if (status === 'restart' && from === undefined) return { status };
  const name = field(from, 'name');
  const count = field(from, 'count');
  const type = field(from, 'type');
  if (
    status === 'restart' &&
    typeof name === 'string' &&
    (count === undefined || (Number.isInteger(count) && (count as number) > 0)) &&
    (type === undefined || type === 'do' || type === 'sleep' || type === 'waitForEvent')
  ) {
    return {
      status,
      from: {
        name,
        ...(count === undefined ? {} : { count: count as number }),
        ...(type === undefined ? {} : { type }),
      },
    };
  }
  throw new ApiFailure(
    'validation',
    'status: expected pause, resume, terminate (rollback) or restart (from)',
  );
}

function find(store: LiveStore, id: string, t: number): number {
  const i = store.byId.get(id);
  if (i === undefined || (store.created[i] ?? Infinity) > t) throw new ApiFailure('instanceNotFound');
  return i;
}

function field(json: unknown, key: string): unknown {
  return typeof json === 'object' && json !== null && key in json
    ? (json as Record<string, unknown>)[key]
    : undefined;
}

function newId(json: unknown): string | undefined {
  const id = field(json, 'instance_id');
  if (id === undefined) return undefined;
  if (
    typeof id !== 'string' ||
    id.length > 100 ||
    !ID_PATTERN.test(id) ||
    RESERVED_IDS.has(id) ||
    /^cf_[0-9a-f]{64}$/.test(id)
  ) {
    throw new ApiFailure('invalidInstanceId');
  }
  return id;
}

function checkBatchIds(store: LiveStore, items: unknown[]) {
  const seen = new Set<string>();
  for (const item of items) {
    const id = newId(item);
    if (id === undefined) continue;
    if (seen.has(id) || store.byId.has(id)) throw new ApiFailure('alreadyExists', `(${id})`);
    seen.add(id);
  }
}

function create(store: LiveStore, json: unknown, t: number) {
  const id = newId(json) ?? crypto.randomUUID();
  if (store.byId.has(id)) throw new ApiFailure('alreadyExists');
  const raw = field(json, 'params');
  let params: unknown = raw ?? {};
  if (typeof raw === 'string') {
    try {
      params = JSON.parse(raw);
    } catch {
      throw new ApiFailure('validation', 'params: not a JSON-encoded value');
    }
  }
  const version = store.meta.versions.length - 1;
  store.add({ id, created: t, trigger: 'api', version }, createdPlan(store.context, id, t, params));
  return {
    id,
    status: 'queued',
    trigger_source: 'api',
    version_id: store.meta.versions[version]?.id ?? '',
    workflow_id: store.meta.id,
  };
}

function remove(store: LiveStore, i: number, id: string, t: number) {
  store.remove(i);
  return { instanceId: id, timestamp: iso(t) };
}

function batchDelete(store: LiveStore, json: unknown, t: number) {
  const ids = field(json, 'instances');
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > 100 ||
    !ids.every((id) => typeof id === 'string')
  ) {
    throw new ApiFailure('validation', 'instances: expected 1 to 100 instance ids');
  }
  const deleted: { id: string }[] = [];
  const errors: { id: string; code: number; message: string }[] = [];
  for (const id of ids as string[]) {
    const i = store.byId.get(id);
    if (i === undefined || (store.created[i] ?? Infinity) > t) {
      errors.push({ id, code: 10400, message: 'workflows.api.error.instance.not_found' });
    } else {
      store.remove(i);
      deleted.push({ id });
    }
  }
  return { deleted, errors };
}
