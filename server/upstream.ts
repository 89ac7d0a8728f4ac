import type { Credentials } from './config.ts';

/** Where the mirror sends requests: Cloudflare's API (live) or the in-process simulator (demo). */
export interface Upstream {
  /** e.g. https://api.cloudflare.com/client/v4, without a trailing slash. */
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
}

/** Request headers the browser or a CLI may send on to Cloudflare; everything else is dropped. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type'] as const;
/** Response headers passed back; set-cookie, content-encoding/length (fetch decodes) and the rest are dropped. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'retry-after', 'cf-ray'] as const;

export function credentialHeaders(credentials: Credentials): Record<string, string> {
  return credentials.kind === 'token'
    ? { authorization: `Bearer ${credentials.token}` }
    : { 'x-auth-email': credentials.email, 'x-auth-key': credentials.key };
}

export function upstreamRequestHeaders(
  incoming: Headers,
  credentials: Credentials,
  userAgent: string,
): Headers {
  const headers = new Headers(credentialHeaders(credentials));
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('user-agent', userAgent);
  return headers;
}

export function responseHeaders(upstream: Headers): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.get(name);
    if (value !== null) headers.set(name, value);
  }
  return headers;
}

export class UpstreamTimeoutError extends Error {
  override name = 'UpstreamTimeoutError';
}

/**
 * Calls the upstream, giving up after `timeoutMs` until the response headers arrive (the body then streams
 * without a deadline). The race does not rely on the upstream honouring the abort signal.
 */
export function fetchWithTimeout(
  upstream: Upstream,
  request: Request,
  timeoutMs: number,
  controller: AbortController,
): Promise<Response> {
  return raceDeadline(() => upstream.fetch(request), timeoutMs, controller);
}

/** Runs `work`, rejecting with UpstreamTimeoutError (and aborting `controller`) after `timeoutMs`. */
export async function raceDeadline<T>(
  work: () => Promise<T>,
  timeoutMs: number,
  controller: AbortController,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new UpstreamTimeoutError(`no answer within ${timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
