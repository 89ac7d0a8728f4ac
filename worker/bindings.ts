/**
 * The few Workers runtime types this Worker uses, declared here rather than pulling in
 * @cloudflare/workers-types (whose globals would clash with the DOM lib the rest of the project uses).
 */
export interface Fetcher {
  fetch(request: Request): Promise<Response>;
}

export interface DurableObjectId {
  toString(): string;
}

export interface DurableObjectNamespace {
  idFromName(name: string): DurableObjectId;
  get(id: DurableObjectId): Fetcher;
}

/** A Durable Object's own storage (SQLite-backed classes offer this key-value API too). */
export interface DurableObjectState {
  storage: {
    get<T>(key: string): Promise<T | undefined>;
    put<T>(key: string, value: T): Promise<void>;
  };
  blockConcurrencyWhile<T>(work: () => Promise<T>): Promise<T>;
}

export interface KvNamespace {
  get(key: string, type: 'arrayBuffer'): Promise<ArrayBuffer | null>;
  put(key: string, value: ArrayBuffer | Uint8Array, options?: { expirationTtl?: number }): Promise<void>;
}

/** The bindings of wrangler.jsonc, plus the variables and secrets (strings). */
export interface WorkerEnv {
  /** The Vite build (`assets.binding`); absent when deployed without assets. */
  ASSETS?: Fetcher;
  /** One object per credential: its rate budget, and coalescing of identical in-flight GETs. */
  UPSTREAM_GATE: DurableObjectNamespace;
  /** The one simulated account of demo mode. */
  DEMO_ACCOUNT: DurableObjectNamespace;
  /** Finished instances' details; without it every detail goes upstream. */
  INSTANCE_CACHE?: KvNamespace;
  [name: string]: unknown;
}

/** The string variables and secrets of `env`, as the server's config parser reads them. */
export function stringVars(env: WorkerEnv): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (typeof value === 'string') vars[name] = value;
  return vars;
}
