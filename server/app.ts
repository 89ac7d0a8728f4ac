import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { Meta } from '../contract/meta.ts';
import { API_ERROR, apiError } from './api-error.ts';
import type { Coalescer } from './coalesce.ts';
import type { Credentials } from './config.ts';
import { preloadEarlyReads } from './early-reads.ts';
import { guardRequest, type Protection } from './guard.ts';
import { createDetailCache, type InstanceCache } from './instance-cache.ts';
import { createMetaSource } from './meta.ts';
import { createProxyHandler, credentialIdentity } from './proxy.ts';
import { createRateBudget, type RateBudget } from './rate-budget.ts';
import { requestLimits } from './request-limits.ts';
import { createScrubber } from './scrub.ts';
import { securityHeadersMiddleware } from './security-headers.ts';
import type { Upstream } from './upstream.ts';
import type { BufferedResponse, RetryPolicy } from './upstream-call.ts';
import { guardAuditLine } from './writes/audit-line.ts';
import { createWriteHandler, WRITE_METHODS } from './writes/write-handler.ts';
import { createWriteState } from './writes/write-state.ts';

export interface AppOptions {
  mode: 'demo' | 'live';
  upstream: Upstream;
  /** Added to every upstream request. In demo mode any placeholder; the simulator holds no secrets. */
  credentials: Credentials;
  /** The only accounts whose Workflows paths pass the mirror. */
  accountIds: readonly string[];
  upstreamTimeoutMs: number;
  protection: Protection;
  /** package.json's version, injected because the app reads no files. */
  version: string;
  /** Serves everything outside /api (static files + SPA fallback); without it such paths are 404. */
  assets?: MiddlewareHandler;
  /** Retries of idempotent GETs on 502/503/504 and network errors; default DEFAULT_RETRY. */
  retry?: RetryPolicy;
  /** Where the server's log lines go (credentials already scrubbed); default console.error. */
  log?: (line: string) => void;
  /** The Content-Security-Policy; `npm run dev` passes a relaxed one for Vite's hot reload. */
  contentSecurityPolicy?: string;
  /** DASHBOARD_WRITES=1: forward the allowed writes (server/writes/); default off. */
  writes?: boolean;
  /** The per-credential rate budget; default counted in this process's memory. */
  budget?: RateBudget;
  /**
   * Whether answers carry the budget's RateLimit fields, which the app's tabs follow. Default: live mode
   * only, since the budget models Cloudflare's limit on a real token and the simulator has none (a busy demo
   * would otherwise hold its own bulk work back). The Worker's shared demo says it on purpose.
   */
  advertiseBudget?: boolean;
  /** Shares identical in-flight GETs; default in this process's memory. */
  coalescer?: Coalescer<BufferedResponse>;
  /** Keeps finished instances' details; default none (every detail goes upstream). */
  instanceCache?: InstanceCache;
  /** The signed-in user a host vouches for (Cloudflare Access on Workers), named in /api/meta. */
  userOf?: (request: Request) => Meta['user'];
}

/** The dashboard server as a Web app (Request → Response): Node, Workers and tests run the same thing. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const scrubber = createScrubber(options.credentials);
  const write = options.log ?? ((line: string) => console.error(line));
  const log = (line: string) => write(scrubber.text(line));
  const budget = options.budget ?? createRateBudget();
  const identity = credentialIdentity(options.credentials);
  // Every upstream request counts against the credential's budget, retries and /api/meta's included.
  const upstream: Upstream = {
    baseUrl: options.upstream.baseUrl,
    fetch: (request) => {
      budget.record(identity);
      return options.upstream.fetch(request);
    },
  };
  const writeState = createWriteState(options.writes === true);
  const meta = createMetaSource({
    writes: writeState.meta,
    mode: options.mode,
    accountIds: options.accountIds,
    version: options.version,
    upstream,
    credentials: options.credentials,
    timeoutMs: options.upstreamTimeoutMs,
  });
  const detailCache = options.instanceCache && createDetailCache(options.instanceCache, identity, log);
  const proxy = createProxyHandler({
    upstream,
    credentials: options.credentials,
    accountIds: options.accountIds,
    timeoutMs: options.upstreamTimeoutMs,
    userAgent: `workflows-dashboard/${options.version}`,
    scrubber,
    budget,
    advertiseBudget: options.advertiseBudget ?? options.mode === 'live',
    retry: options.retry,
    coalescer: options.coalescer,
    detailCache,
    log,
  });

  app.use(securityHeadersMiddleware(options.contentSecurityPolicy));
  app.use(requestLimits);
  app.use(async (c, next) => {
    const refusal = await guardRequest(c.req.raw, options.protection);
    if (refusal) {
      const audit = guardAuditLine(c.req.method, c.req.path, refusal.status);
      if (audit) log(audit);
      return refusal;
    }
    await next();
  });
  const writes = createWriteHandler({
    upstream,
    credentials: options.credentials,
    accountIds: options.accountIds,
    timeoutMs: options.upstreamTimeoutMs,
    userAgent: `workflows-dashboard/${options.version}`,
    scrubber,
    state: writeState,
    log,
    written: (paths) => {
      for (const path of paths) detailCache?.forget(path);
    },
  });
  app.on([...WRITE_METHODS], ['/api/client/v4/*', '/api/client/v4'], writes);
  app.all('/api/client/v4/*', proxy);
  app.all('/api/client/v4', proxy);
  app.get('/api/meta', async (c) => {
    c.header('cache-control', 'no-store');
    c.header('content-type', 'application/json');
    // Account names come from upstream, which could echo anything.
    const user = options.userOf?.(c.req.raw);
    return c.body(scrubber.text(JSON.stringify({ ...(await meta()), ...(user && { user }) })));
  });
  const noRoute = (c: Context) =>
    apiError(404, API_ERROR.noRoute, scrubber.text(`No route for ${c.req.method} ${c.req.path}`));
  app.all('/api/*', noRoute);
  app.all('/api', noRoute);
  if (options.assets) {
    app.use(preloadEarlyReads(options.accountIds, { instance: options.mode === 'live' }), options.assets);
  }
  app.notFound((c) => (c.req.path.startsWith('/api/') ? noRoute(c) : c.text('Not found', 404)));
  app.onError((error, c) => {
    log(`Unexpected error on ${c.req.method} ${c.req.path}: ${error.message}`);
    return apiError(500, 10001, 'Internal error in the dashboard server');
  });
  return app;
}
