import type { BufferedResponse } from './upstream-call.ts';

/**
 * Where finished instances' details are kept (a Workers KV namespace, say). Keys are at most a few hundred
 * characters; values are the scrubbed JSON envelope exactly as the mirror answered it.
 */
export interface InstanceCache {
  get(key: string): Promise<Uint8Array | undefined>;
  put(key: string, body: Uint8Array): Promise<void>;
}

/** States an instance leaves only through a restart, which also moves its `modified_on`. */
const FINAL_STATUSES = new Set(['complete', 'errored', 'terminated']);
const LIST_PATH = /^\/accounts\/[^/]+\/workflows\/[^/]+\/instances$/;
const DETAIL_PATH = /^\/accounts\/[^/]+\/workflows\/[^/]+\/instances\/[^/]+$/;
/** Versions remembered per process: about 100 bytes each, so a few MB at most. */
const MAX_VERSIONS = 20_000;

/**
 * Serves finished instances' details from a shared cache, keyed by the instance and its `modified_on`.
 * The describe endpoint does not return `modified_on`, so the version is learned from list answers that
 * passed through the mirror (the table and triage list before they open details); a detail whose version
 * is unknown goes upstream as before. A restart moves `modified_on`, so a stale entry is never served.
 */
export function createDetailCache(cache: InstanceCache, scope: string, log: (line: string) => void) {
  const versions = new Map<string, string>();
  const remember = (path: string, version: string) => {
    versions.delete(path);
    versions.set(path, version);
    if (versions.size > MAX_VERSIONS) versions.delete(versions.keys().next().value ?? '');
  };
  return {
    /** The cache key of a detail GET, when the instance is known to be finished. */
    keyFor(upstreamPath: string, query: string, accept: string | null): string | undefined {
      if (!DETAIL_PATH.test(upstreamPath)) return undefined;
      const version = versions.get(upstreamPath);
      return version === undefined
        ? undefined
        : `detail:${scope}:${upstreamPath}:${version}:${query}:${accept ?? ''}`;
    },
    /** After a write to the instance (restart, delete…): its cached detail is never served again. */
    forget(upstreamPath: string): void {
      versions.delete(upstreamPath);
    },
    async read(key: string): Promise<Uint8Array | undefined> {
      return cache.get(key).catch((error: unknown) => {
        log(`Instance cache read failed: ${String(error)}`);
        return undefined;
      });
    },
    /** Notes the versions of finished instances in a list answer; stores a finished instance's detail. */
    async keep(upstreamPath: string, answer: BufferedResponse, key: string | undefined): Promise<void> {
      if (answer.status !== 200) return;
      if (LIST_PATH.test(upstreamPath)) {
        for (const row of listedRows(answer.body)) {
          if (FINAL_STATUSES.has(row.status)) remember(`${upstreamPath}/${row.id}`, row.modified_on);
        }
      } else if (key !== undefined && FINAL_STATUSES.has(detailStatus(answer.body) ?? '')) {
        await cache.put(key, answer.body).catch((error: unknown) => {
          log(`Instance cache write failed: ${String(error)}`);
        });
      }
    },
  };
}

export type DetailCache = ReturnType<typeof createDetailCache>;

interface ListedRow {
  id: string;
  status: string;
  modified_on: string;
}

function parse(body: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return undefined;
  }
}

function resultOf(body: Uint8Array): unknown {
  const parsed = parse(body);
  return typeof parsed === 'object' && parsed !== null && 'result' in parsed ? parsed.result : undefined;
}

function listedRows(body: Uint8Array): ListedRow[] {
  const result = resultOf(body);
  if (!Array.isArray(result)) return [];
  return result.filter(
    (row: unknown): row is ListedRow =>
      typeof row === 'object' &&
      row !== null &&
      'id' in row &&
      typeof row.id === 'string' &&
      'status' in row &&
      typeof row.status === 'string' &&
      'modified_on' in row &&
      typeof row.modified_on === 'string',
  );
}

function detailStatus(body: Uint8Array): string | undefined {
  const result = resultOf(body);
  if (typeof result !== 'object' || result === null || !('status' in result)) return undefined;
  return typeof result.status === 'string' ? result.status : undefined;
}
