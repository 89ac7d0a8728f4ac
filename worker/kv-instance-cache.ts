import type { InstanceCache } from '../server/instance-cache.ts';
import type { KvNamespace } from './bindings.ts';

/** Finished details never change, but instances are deleted after their retention; KV forgets them too. */
const TTL_SECONDS = 30 * 24 * 3600;

/**
 * The detail cache in Workers KV: shared by every isolate and data centre, so a team fetches each
 * finished instance once. Keys are hashed to stay under KV's 512-byte limit whatever the ids' lengths.
 */
export function kvInstanceCache(kv: KvNamespace): InstanceCache {
  return {
    async get(key) {
      const value = await kv.get(await hashed(key), 'arrayBuffer');
      return value === null ? undefined : new Uint8Array(value);
    },
    async put(key, body) {
      await kv.put(await hashed(key), body, { expirationTtl: TTL_SECONDS });
    },
  };
}

async function hashed(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return `detail:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
