import type { MiddlewareHandler } from 'hono';
import { createSimulator, SIMULATOR_BASE_URL, type Simulator } from '../simulator/index.ts';
import type { AppOptions } from './app.ts';
import { type Config, isLoopbackHost } from './config.ts';
import type { Protection } from './guard.ts';
import type { Upstream } from './upstream.ts';

/** What the startup line and verification need besides the app: the chosen upstream and account label. */
export interface Runtime {
  options: AppOptions;
  /** Demo: the simulated account's name. */
  demoAccountName?: string;
}

/**
 * Turns configuration into app options: demo mode calls the simulator's fetch in-process (no HTTP hop);
 * live mode calls `fetch` (global unless injected) at CLOUDFLARE_API_BASE_URL.
 */
export function runtimeFromConfig(
  config: Config,
  extra: { version: string; assets?: MiddlewareHandler; fetch?: typeof fetch; simulator?: Simulator },
): Runtime {
  const common = {
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    protection: protectionFor(config.host, config.password),
    version: extra.version,
    assets: extra.assets,
    writes: config.writes,
  };
  if (config.mode === 'demo') {
    const simulator =
      extra.simulator ??
      createSimulator({
        seed: config.demo.seed,
        instances: config.demo.instances,
        faults: config.demo.faults,
      });
    const upstream: Upstream = { baseUrl: SIMULATOR_BASE_URL, fetch: (request) => simulator.fetch(request) };
    return {
      options: {
        ...common,
        mode: 'demo',
        upstream,
        // The simulator checks only that some credential is present, as Cloudflare would.
        credentials: { kind: 'token', token: 'demo' },
        accountIds: [simulator.accountId],
      },
      demoAccountName: simulator.accountName,
    };
  }
  const fetchImpl = extra.fetch ?? fetch;
  return {
    options: {
      ...common,
      mode: 'live',
      upstream: { baseUrl: config.apiBaseUrl, fetch: (request) => fetchImpl(request) },
      credentials: config.credentials,
      accountIds: config.accountIds,
    },
  };
}

export function protectionFor(host: string, password: string | undefined): Protection {
  if (isLoopbackHost(host))
    return password === undefined ? { kind: 'loopback' } : { kind: 'loopback', password };
  if (password === undefined) throw new Error(`DASHBOARD_PASSWORD is required to listen on ${host}`);
  return { kind: 'password', password };
}
