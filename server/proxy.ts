import type { Context } from 'hono';
import { API_ERROR, apiError } from './api-error.ts';
import type { Credentials } from './config.ts';
import { classifyMirrorPath, MIRROR_PREFIX } from './mirror-path.ts';
import {
  fetchWithTimeout,
  responseHeaders,
  type Upstream,
  UpstreamTimeoutError,
  upstreamRequestHeaders,
} from './upstream.ts';

export interface ProxyOptions {
  upstream: Upstream;
  credentials: Credentials;
  accountIds: readonly string[];
  timeoutMs: number;
  userAgent: string;
}

/** Methods the mirror forwards. Read-only until actions land behind an explicit flag (ROADMAP 6). */
const FORWARDED_METHODS = new Set(['GET']);

/** The `/api/client/v4/*` handler: the allow-listed, credentialed mirror of the Workflows API. */
export function createProxyHandler(options: ProxyOptions) {
  const { upstream, credentials, accountIds, timeoutMs, userAgent } = options;
  return async (c: Context): Promise<Response> => {
    const url = c.req.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const queryStart = url.indexOf('?', pathStart);
    const rawPath = url.slice(pathStart + MIRROR_PREFIX.length, queryStart === -1 ? undefined : queryStart);
    const query = queryStart === -1 ? '' : url.slice(queryStart);
    const target = classifyMirrorPath(rawPath, accountIds);
    switch (target.kind) {
      case 'bad':
        return apiError(400, API_ERROR.badPath, `Refused path ${rawPath}: ${target.reason}`);
      case 'not-mirrored':
        return apiError(
          404,
          API_ERROR.noRoute,
          `No route for ${rawPath || '/'}: this dashboard only mirrors the Workflows API (/accounts/{account_id}/workflows…)`,
        );
      case 'other-account':
        return apiError(
          403,
          API_ERROR.accountNotAllowed,
          `Account ${target.accountId} is not one this dashboard may read (set CLOUDFLARE_ACCOUNT_ID to include it)`,
        );
    }
    const method = c.req.method;
    if (!FORWARDED_METHODS.has(method)) {
      return apiError(
        405,
        API_ERROR.methodNotAllowed,
        `Method ${method} is not allowed: this dashboard is read-only (only GET is forwarded)`,
        { allow: 'GET' },
      );
    }
    const controller = new AbortController();
    const clientSignal = c.req.raw.signal;
    const onClientAbort = () => controller.abort(clientSignal.reason);
    clientSignal.addEventListener('abort', onClientAbort, { once: true });
    const request = new Request(`${upstream.baseUrl}${target.upstreamPath}${query}`, {
      method,
      headers: upstreamRequestHeaders(c.req.raw.headers, credentials, userAgent),
      signal: controller.signal,
      redirect: 'manual',
    });
    try {
      const response = await fetchWithTimeout(upstream, request, timeoutMs, controller);
      return new Response(response.body, {
        status: response.status,
        headers: responseHeaders(response.headers),
      });
    } catch (error) {
      if (error instanceof UpstreamTimeoutError) {
        return apiError(
          504,
          API_ERROR.upstreamTimeout,
          `Cloudflare API did not answer within ${timeoutMs} ms`,
        );
      }
      return apiError(502, API_ERROR.upstreamUnreachable, unreachableMessage(upstream.baseUrl, error));
    } finally {
      clientSignal.removeEventListener('abort', onClientAbort);
    }
  };
}

/** Names the upstream by origin only (a base URL could carry user:password) and the network error's cause. */
export function unreachableMessage(baseUrl: string, error: unknown): string {
  const origin = URL.canParse(baseUrl) ? new URL(baseUrl).origin : 'the configured base URL';
  const cause =
    error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
  return `Cloudflare API is unreachable at ${origin}${cause ? ` (${cause})` : ''}`;
}
