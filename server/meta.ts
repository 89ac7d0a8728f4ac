import type { Meta } from '../contract/meta.ts';
import type { Credentials } from './config.ts';
import { credentialHeaders, fetchWithTimeout, type Upstream } from './upstream.ts';

export interface MetaOptions {
  mode: Meta['mode'];
  accountIds: readonly string[];
  version: string;
  upstream: Upstream;
  credentials: Credentials;
  timeoutMs: number;
  /** Whether writes pass now, and why not when they were switched on but refused upstream; default off. */
  writes?: () => { writes: boolean; writesUnavailable?: string };
}

/**
 * Builds `/api/meta`. Account names come from `GET /accounts/{id}`, asked once per account; a token that
 * cannot read the account (401/403/404) gets the id as the name, and that answer is cached too. Network
 * failures, timeouts, 429 and 5xx fall back for this call only, so a later call asks again.
 */
export function createMetaSource(options: MetaOptions): () => Promise<Meta> {
  const names = new Map<string, Promise<string>>();
  const nameOf = (id: string): Promise<string> => {
    let name = names.get(id);
    if (!name) {
      name = fetchAccountName(options, id).catch(() => {
        names.delete(id);
        return id;
      });
      names.set(id, name);
    }
    return name;
  };
  return async () => ({
    mode: options.mode,
    accounts: await Promise.all(options.accountIds.map(async (id) => ({ id, name: await nameOf(id) }))),
    ...(options.writes?.() ?? { writes: false }),
    version: options.version,
  });
}

async function fetchAccountName(options: MetaOptions, id: string): Promise<string> {
  const controller = new AbortController();
  const request = new Request(`${options.upstream.baseUrl}/accounts/${encodeURIComponent(id)}`, {
    headers: { ...credentialHeaders(options.credentials), accept: 'application/json' },
    signal: controller.signal,
  });
  const response = await fetchWithTimeout(options.upstream, request, options.timeoutMs, controller);
  if (!response.ok) {
    await response.body?.cancel();
    if (response.status === 401 || response.status === 403 || response.status === 404) return id;
    throw new Error(`GET /accounts/${id} answered ${response.status}`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  const name = readName(body);
  return name && name.trim() !== '' ? name : id;
}

function readName(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('result' in body)) return undefined;
  const result = body.result;
  if (typeof result !== 'object' || result === null || !('name' in result)) return undefined;
  return typeof result.name === 'string' ? result.name : undefined;
}
