import type { Hono, MiddlewareHandler } from 'hono';
import packageJson from '../package.json' with { type: 'json' };
import { API_ERROR, apiError } from '../server/api-error.ts';
import { createApp } from '../server/app.ts';
import { runtimeFromConfig } from '../server/app-options.ts';
import { credentialIdentity } from '../server/proxy.ts';
import { securityHeaders } from '../server/security-headers.ts';
import { DEMO_ACCOUNT_ID, DEMO_ACCOUNT_NAME } from '../simulator/index.ts';
import { type AccessPolicy, verifyAccess } from './access.ts';
import type { WorkerEnv } from './bindings.ts';
import { kvInstanceCache } from './kv-instance-cache.ts';
import { readSetup } from './setup.ts';
import { gateFor } from './upstream-gate.ts';

export { DemoAccount } from './demo-account.ts';
export { UpstreamGate } from './upstream-gate.ts';

type Built =
  | { ok: true; app: Hono; access: AccessPolicy | undefined; users: WeakMap<Request, { email: string }> }
  | { ok: false; problem: string };

/** One app per isolate and environment: its coalescer and the detail cache's versions live as long. */
const built = new WeakMap<WorkerEnv, Built>();

function build(env: WorkerEnv): Built {
  const setup = readSetup(env);
  if (!setup.ok) {
    console.error(`Workflows dashboard cannot start: ${setup.problem}`);
    return setup;
  }
  if (setup.notice) console.warn(setup.notice);
  const { config } = setup;
  const gate = gateFor(env, config.mode === 'live' ? credentialIdentity(config.credentials) : 'demo');
  const assets: MiddlewareHandler = async (c, next) => {
    if (!env.ASSETS) return next();
    const response = await env.ASSETS.fetch(c.req.raw);
    // As the Node server: a missing hashed file is a 404, not the app's page in its place.
    const fellBack = response.headers.get('content-type')?.startsWith('text/html') ?? false;
    if (c.req.path.startsWith('/assets/') && fellBack) return next();
    return response;
  };
  const runtime = runtimeFromConfig(config, {
    version: packageJson.version,
    assets,
    // Live mode's upstream fetch: the app always passes a Request.
    fetch: (input: RequestInfo | URL, init?: RequestInit) => gate.fetch(new Request(input, init)),
    // Demo mode's simulator lives in its Durable Object, reached through the gate like the real API.
    simulator: { accountId: DEMO_ACCOUNT_ID, accountName: DEMO_ACCOUNT_NAME, fetch: gate.fetch },
  });
  const users = new WeakMap<Request, { email: string }>();
  const app = createApp({
    ...runtime.options,
    // Cloudflare Access (checked below, before the app) is the protection; Origin is still checked.
    protection: { kind: 'none' },
    budget: gate.budget,
    // One budget shared by the whole team, demo included: every tab follows its count.
    advertiseBudget: true,
    instanceCache: env.INSTANCE_CACHE && kvInstanceCache(env.INSTANCE_CACHE),
    userOf: (request) => users.get(request),
  });
  return { ok: true, app, access: setup.access, users };
}

/** Refusals written before the app runs still carry the headers every response of the app carries. */
function secured(response: Response): Response {
  for (const [name, value] of Object.entries(securityHeaders())) response.headers.set(name, value);
  return response;
}

// Workers find the fetch handler on the module's default export.
export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    let worker = built.get(env);
    if (!worker) {
      worker = build(env);
      built.set(env, worker);
    }
    if (!worker.ok) {
      return secured(apiError(500, 10001, `The dashboard is misconfigured: ${worker.problem}`));
    }
    if (worker.access) {
      const verdict = await verifyAccess(request, worker.access);
      if (!verdict.ok) {
        return secured(apiError(403, API_ERROR.unauthorized, `Cloudflare Access refused: ${verdict.reason}`));
      }
      if (verdict.email) worker.users.set(request, { email: verdict.email });
    }
    return worker.app.fetch(request);
  },
};
