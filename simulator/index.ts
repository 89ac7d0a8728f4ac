/**
 * # The demo simulator: an in-memory Cloudflare account that answers the Workflows REST API
 *
 * Backs demo mode and every test. Web APIs only (runs in Node, the browser and Workers).
 *
 * Model. `createSimulator` draws, from the seed, a fixed account ("Demo") with seven workflows
 * (see catalogue.ts) and about `instances` instances spread over the 30 days before the anchor and the
 * day after it (daily/weekly rhythm, incidents that raise particular failures, a live tail of image
 * uploads around the anchor, and showcase instances that put every status on show at the anchor).
 * Each instance is stored compactly (creation time, id, seed, planned start/end/final status, typed
 * arrays per workflow, sorted by (created_on, id)). Its full timeline (queued -> start -> every step and
 * attempt, following the retry config and backoff -> end) is re-planned on demand from its seed
 * (plan-instance.ts) and **materialised at the clock's now()** (materialise.ts): instances created after
 * now do not exist; before its start an instance is `queued`; inside an attempt `running`; in a sleep,
 * event wait or retry backoff `waiting`; step entries after now are absent and in-flight ones have
 * `end: null`; after its end it shows its final status. Paused, waitingForPause and rollingBack are
 * static end states of a few recent instances. So time moves: as the clock advances, new instances
 * arrive and running ones finish. Payloads (params, outputs) are generated lazily from per-entry seeds.
 *
 * Writes (pause, resume, terminate, restart, send event, create, delete) re-plan the instance from the
 * moment they happen: actions/state-machine.ts holds the state machine and every choice made where the API
 * reference is silent.
 *
 * Faults (`faults: "429=0.05,500=0.02,malformed=0.05,timeout=0.02,reset=0.01,latency=50-2000"`) are drawn
 * per request from the seed; `reset` makes fetch reject and `timeout` never answers until aborted.
 */
import { buildAccount } from './account.ts';
import { routeWrite } from './actions/write-routes.ts';
import { createFaultInjector, parseFaults } from './faults.ts';
import { route } from './router.ts';

export const DEMO_ACCOUNT_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const DEMO_ACCOUNT_NAME = 'Demo';
/** Requests to the simulator use this base, as requests to Cloudflare use https://api.cloudflare.com/client/v4. */
export const SIMULATOR_BASE_URL = 'http://simulator.invalid/client/v4';
export const DEFAULT_SEED = 1;
export const DEFAULT_INSTANCES = 3000;

export interface SimulatorOptions {
  /** Seed of the generated account (DEMO_SEED). Same seed, same account. */
  seed?: number;
  /** Approximate number of instances across all workflows (DEMO_INSTANCES). */
  instances?: number;
  /** The clock. Defaults to Date.now. Tests pass a fixed or stepped clock. */
  now?: () => number;
  /** The moment the generated history is anchored to (ends "now" at creation). Defaults to now(). */
  anchor?: number;
  /** Fault injection (DEMO_FAULTS syntax, e.g. "429=0.05,500=0.02,malformed=0.05,latency=50-2000"). */
  faults?: string;
}

export interface Simulator {
  readonly accountId: string;
  readonly accountName: string;
  /** Answers a Web Request for `${SIMULATOR_BASE_URL}/...` exactly as api.cloudflare.com would. */
  fetch(request: Request): Promise<Response>;
}

const API_PREFIX = '/client/v4';
const WRITE_METHODS = new Set(['POST', 'PATCH', 'DELETE']);

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? DEFAULT_SEED;
  const anchor = options.anchor ?? now();
  const account = buildAccount(seed, anchor, options.instances ?? DEFAULT_INSTANCES);
  const injectFault = createFaultInjector(parseFaults(options.faults), seed);
  const ctx = { account, accountId: DEMO_ACCOUNT_ID, accountName: DEMO_ACCOUNT_NAME, now };
  return {
    accountId: DEMO_ACCOUNT_ID,
    accountName: DEMO_ACCOUNT_NAME,
    fetch: async (request) => {
      const url = new URL(request.url);
      const at = url.pathname.indexOf(API_PREFIX);
      const path = at < 0 ? url.pathname : url.pathname.slice(at + API_PREFIX.length);
      const fault = await injectFault(request);
      if (fault) return fault;
      if (at >= 0 && WRITE_METHODS.has(request.method)) {
        const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
        const written = routeWrite(
          { ...ctx, stores: account.stores },
          request.method,
          parts,
          await request.text(),
        );
        if (written) return written;
      }
      return at < 0
        ? route(ctx, request.method, `/..${url.pathname}`, url.searchParams)
        : route(ctx, request.method, path, url.searchParams);
    },
  };
}
