import type { Context } from 'hono';
import { mixSeed } from '../simulator/rng.ts';
import { API_ERROR, apiError } from './api-error.ts';
import { type Coalescer, createCoalescer } from './coalesce.ts';
import type { Credentials } from './config.ts';
import type { DetailCache } from './instance-cache.ts';
import { classifyMirrorPath, MIRROR_PREFIX, mirrorPathRefusal } from './mirror-path.ts';
import { checkQuery } from './query-rules.ts';
import { type RateBudget, rateLimitHeaders } from './rate-budget.ts';
import type { Scrubber } from './scrub.ts';
import { type Upstream, UpstreamTimeoutError, upstreamRequestHeaders } from './upstream.ts';
import {
  type BufferedResponse,
  DEFAULT_RETRY,
  getWithRetries,
  type RetryPolicy,
  retryAfterMs,
} from './upstream-call.ts';
import { forwardedResponse, refusal } from './upstream-response.ts';

export interface ProxyOptions {
  upstream: Upstream;
  credentials: Credentials;
  accountIds: readonly string[];
  timeoutMs: number;
  userAgent: string;
  scrubber: Scrubber;
  budget: RateBudget;
  /** Answers carry the budget's RateLimit fields (default true). */
  advertiseBudget?: boolean;
  retry?: RetryPolicy;
  /** Shares identical in-flight GETs; default in this process's memory. */
  coalescer?: Coalescer<BufferedResponse>;
  /** Finished instances' details, served without going upstream; default none. */
  detailCache?: DetailCache;
  /** Where upstream failures are reported (already scrubbed). */
  log: (line: string) => void;
}

/** Methods the mirror forwards. Read-only until actions land behind an explicit flag (ROADMAP 6). */
const FORWARDED_METHODS = new Set(['GET']);

/**
 * The `/api/client/v4/*` handler: the allow-listed, credentialed mirror of the Workflows API. Every path and
 * query parameter is checked before anything goes upstream; identical concurrent GETs share one upstream
 * request; answers are scrubbed of the credentials and carry the shared rate budget.
 */
export function createProxyHandler(options: ProxyOptions) {
  const { upstream, credentials, accountIds, timeoutMs, userAgent, scrubber, budget, log } = options;
  const identity = credentialIdentity(credentials);
  const flights = options.coalescer ?? createCoalescer<BufferedResponse>();
  const detailCache = options.detailCache;
  // Refusals echo what the caller sent, which could be the token itself.
  const refuse = (status: number, code: number, message: string, headers?: HeadersInit) =>
    apiError(status, code, scrubber.text(message), headers);
  const withBudget = async (response: Response) => {
    if (options.advertiseBudget === false) return response;
    for (const [name, value] of Object.entries(rateLimitHeaders(await budget.snapshot(identity)))) {
      response.headers.set(name, value);
    }
    return response;
  };

  const fetchShared = async (url: string, headers: Headers, signal: AbortSignal) => {
    try {
      const answer = await getWithRetries({
        upstream,
        url,
        headers,
        timeoutMs,
        retry: options.retry ?? DEFAULT_RETRY,
        signal,
      });
      if (answer.status === 429) {
        budget.block(identity, Math.ceil(retryAfterMs(answer.headers.get('retry-after')) / 1000));
      }
      return forwardedResponse(answer, scrubber);
    } catch (error) {
      if (signal.aborted && !(error instanceof UpstreamTimeoutError)) throw error;
      const timedOut = error instanceof UpstreamTimeoutError;
      const message = timedOut
        ? `Cloudflare API did not answer within ${timeoutMs} ms`
        : unreachableMessage(upstream.baseUrl, error);
      log(`Upstream GET ${url} failed: ${message}`);
      const failure = timedOut
        ? refusal(504, API_ERROR.upstreamTimeout, message)
        : refusal(502, API_ERROR.upstreamUnreachable, message);
      return { ...failure, body: scrubber.bytes(failure.body) };
    }
  };

  return async (c: Context): Promise<Response> => {
    const url = c.req.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const queryStart = url.indexOf('?', pathStart);
    const rawPath = url.slice(pathStart + MIRROR_PREFIX.length, queryStart === -1 ? undefined : queryStart);
    const query = queryStart === -1 ? '' : url.slice(queryStart);
    const target = classifyMirrorPath(rawPath, accountIds);
    if (target.kind !== 'workflows') {
      const refusal = mirrorPathRefusal(target, rawPath);
      return refuse(refusal.status, API_ERROR[refusal.code], refusal.message);
    }
    const method = c.req.method;
    if (!FORWARDED_METHODS.has(method)) {
      return refuse(
        405,
        API_ERROR.methodNotAllowed,
        `Method ${method} is not allowed: this dashboard is read-only (only GET is forwarded)`,
        { allow: 'GET' },
      );
    }
    const problem = checkQuery(query, target.query, target.required);
    if (problem) {
      return refuse(400, API_ERROR.invalidParameter, `Invalid query parameter: ${problem.message}`);
    }
    const headers = upstreamRequestHeaders(c.req.raw.headers, credentials, userAgent);
    const upstreamUrl = `${upstream.baseUrl}${target.upstreamPath}${query}`;
    const cacheKey = detailCache?.keyFor(target.upstreamPath, query, headers.get('accept'));
    const cached = cacheKey === undefined ? undefined : await detailCache?.read(cacheKey);
    if (cached) {
      return withBudget(new Response(cached.slice(), { headers: { 'content-type': 'application/json' } }));
    }
    // Never across credentials or accounts (the account is in the path); accept changes the answer's form.
    const key = `${identity} ${headers.get('accept') ?? ''} ${upstreamUrl}`;
    const clientSignal = c.req.raw.signal;
    const answer = await flights
      .run(key, clientSignal, (signal) => fetchShared(upstreamUrl, headers, signal))
      .catch((error: unknown) => {
        // Only a caller that went away is refused here; nobody reads this answer.
        if (clientSignal.aborted) return refusal(499, API_ERROR.upstreamUnreachable, 'Request cancelled');
        throw error;
      });
    await detailCache?.keep(target.upstreamPath, answer, cacheKey);
    return withBudget(
      new Response(answer.body.slice(), { status: answer.status, headers: new Headers(answer.headers) }),
    );
  };
}

/** A stable, non-reversible label of the credential: keys maps without holding the secret in them. */
export function credentialIdentity(credentials: Credentials): string {
  const secret =
    credentials.kind === 'token' ? credentials.token : `${credentials.email}\n${credentials.key}`;
  return `${credentials.kind}:${mixSeed(secret, 'identity').toString(16)}:${mixSeed('salt', secret).toString(16)}`;
}

/** Names the upstream by origin only (a base URL could carry user:password) and the network error's cause. */
export function unreachableMessage(baseUrl: string, error: unknown): string {
  const origin = URL.canParse(baseUrl) ? new URL(baseUrl).origin : 'the configured base URL';
  const cause =
    error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
  return `Cloudflare API is unreachable at ${origin}${cause ? ` (${cause})` : ''}`;
}
