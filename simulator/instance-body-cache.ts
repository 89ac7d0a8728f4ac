import { getInstance } from './handlers.ts';
import type { WorkflowStore } from './workflow-store.ts';

/**
 * Serialized get-instance bodies of large, final instances. Such an instance never changes once final, and
 * re-materialising and serializing 10,000 steps (4 MB; 25,000 steps, 10 MB) costs hundreds of milliseconds a
 * request: the Gantt's "first bars within 1 s" cannot afford it. Small or live instances are never cached.
 */
const MIN_STEPS = 1_000;
const MAX_ENTRIES = 4;
const FINAL = new Set(['complete', 'errored', 'terminated']);

interface Entry {
  /**
   * UTF-8, encoded once (encoding 4 MB of JSON again for every request was most of a cached answer's time),
   * in a Blob: a Response over a Blob streams it, where one over a Uint8Array copies all 4 MB first.
   */
  body: Blob;
  /** The final state's time: a clock moved back before it (tests do) misses the cache. */
  modified: number;
}

const caches = new WeakMap<WorkflowStore, Map<string, Entry>>();

function ok(body: string | Blob): Response {
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

export function instanceResponse(
  store: WorkflowStore,
  id: string,
  query: URLSearchParams,
  t: number,
): Response {
  const key = `${id}?order=${query.get('order') ?? ''}&simple=${query.get('simple') ?? ''}`;
  let cache = caches.get(store);
  const hit = cache?.get(key);
  const i = store.byId.get(id);
  if (hit && i !== undefined && (store.created[i] ?? Number.POSITIVE_INFINITY) <= t) {
    const state = store.stateAt(i, t);
    if (FINAL.has(state.status) && state.modified === hit.modified && t >= hit.modified) {
      cache?.delete(key);
      cache?.set(key, hit);
      return ok(hit.body);
    }
  }
  const result = getInstance(store, id, query, t);
  const body = JSON.stringify({ success: true, errors: [], messages: [], result });
  if (i !== undefined && FINAL.has(result.status) && result.steps.length >= MIN_STEPS) {
    if (!cache) {
      cache = new Map();
      caches.set(store, cache);
    }
    const bytes = new Blob([body], { type: 'application/json' });
    cache.set(key, { body: bytes, modified: store.stateAt(i, t).modified });
    for (const oldest of cache.keys()) {
      if (cache.size <= MAX_ENTRIES) break;
      cache.delete(oldest);
    }
  }
  return ok(body);
}
