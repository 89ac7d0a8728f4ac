import { errorEnvelope } from '../contract/envelope.ts';

/**
 * Codes of the failure envelopes this server writes itself (Cloudflare's own codes pass through untouched).
 * 7000/7003/9109/10000 are the codes api.cloudflare.com uses for the same situations; the rest are ours.
 */
export const API_ERROR = {
  /** 404: not a mirrored path (only /accounts/{id}/workflows… is), or an unknown /api path. */
  noRoute: 7000,
  /** 400: path tricks (`..`, encoded slashes, double slashes, bad percent-encoding). */
  badPath: 7003,
  /** 400: a path or query parameter that breaks the API rules, named in the message (the simulator uses 10002 for its "Input Validation Error." too). */
  invalidParameter: 10002,
  /** 403: an account that is not in CLOUDFLARE_ACCOUNT_ID. */
  accountNotAllowed: 9109,
  /** 401: DASHBOARD_PASSWORD missing or wrong. */
  unauthorized: 10000,
  /** 403: Host or Origin header not allowed (DNS-rebinding / cross-origin guard). */
  forbiddenOrigin: 10403,
  /** 405: a method the mirror does not forward (writes off, not an allowed write, or a CORS preflight). */
  methodNotAllowed: 10405,
  /** 403: writes were switched on, but Cloudflare refused one with 403 (the token lacks Workers Scripts Write). */
  writesUnavailable: 10406,
  /** 413: a write body over its limit (params and event payloads: 1 MiB). */
  payloadTooLarge: 10413,
  /** 415: a write body that is not `application/json` (an HTML form cannot send JSON without a preflight). */
  unsupportedMediaType: 10415,
  /** 414: a request URL longer than MAX_URL_BYTES. */
  uriTooLong: 10414,
  /** 431: request headers larger than MAX_HEADER_BYTES. */
  headersTooLarge: 10431,
  /** 502: the upstream could not be reached. */
  upstreamUnreachable: 10502,
  /** 504: the upstream did not answer within UPSTREAM_TIMEOUT_MS. */
  upstreamTimeout: 10504,
} as const;

/** A Cloudflare-style failure response. */
export function apiError(status: number, code: number, message: string, headers?: HeadersInit): Response {
  const response = Response.json(errorEnvelope(code, message), { status, headers });
  response.headers.set('cache-control', 'no-store');
  return response;
}
