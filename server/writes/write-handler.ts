import type { Context } from 'hono';
import { API_ERROR, apiError } from '../api-error.ts';
import type { Credentials } from '../config.ts';
import { classifyMirrorPath, MIRROR_PREFIX, mirrorPathRefusal } from '../mirror-path.ts';
import { unreachableMessage } from '../proxy.ts';
import type { Scrubber } from '../scrub.ts';
import {
  fetchWithTimeout,
  type Upstream,
  UpstreamTimeoutError,
  upstreamRequestHeaders,
} from '../upstream.ts';
import { forwardedResponse } from '../upstream-response.ts';
import { type AuditEntry, auditLine, batchIds, statusDetail } from './audit-line.ts';
import { isJsonContentType, readBounded } from './read-body.ts';
import { firstIssue } from './write-bodies.ts';
import type { WriteState } from './write-state.ts';
import { allowedMethods, type WriteTarget, writeTarget } from './write-target.ts';

export interface WriteHandlerOptions {
  upstream: Upstream;
  credentials: Credentials;
  accountIds: readonly string[];
  timeoutMs: number;
  userAgent: string;
  scrubber: Scrubber;
  state: WriteState;
  /** Audit lines go here (the app's log, which scrubs credentials). */
  log: (line: string) => void;
  /** Told the detail paths of the instances a write that passed may have changed (cached details go stale). */
  written?: (instancePaths: readonly string[]) => void;
}

/** Methods this handler sees on the mirror (GET and HEAD stay with the read proxy). */
export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/**
 * Writes on the mirror. Refused before anything goes upstream: a CORS preflight; an Origin other than the
 * server's own; a path the mirror does not know; any write while writes are off (405, as the read-only mirror
 * always answered) or unavailable (403 after Cloudflare refused one); a method/endpoint pair that is not
 * one of the six allowed writes (405 with Allow); a query string; a body that is not application/json (415),
 * over its limit (413), not JSON or not the API's schema (400). What passes is forwarded once (never
 * retried), and every write, passed or refused, leaves one audit line.
 */
export function createWriteHandler(options: WriteHandlerOptions) {
  const { scrubber, state, log } = options;
  const refuse = (status: number, code: number, message: string, headers?: HeadersInit) =>
    apiError(status, code, scrubber.text(message), headers);

  return async (c: Context): Promise<Response> => {
    const method = c.req.method;
    const url = c.req.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    const queryStart = url.indexOf('?', pathStart);
    const rawPath = url.slice(pathStart + MIRROR_PREFIX.length, queryStart === -1 ? undefined : queryStart);
    const entry: AuditEntry = { method, path: rawPath, status: 0 };
    const done = (response: Response, refused?: string) => {
      log(auditLine({ ...entry, status: response.status, ...(refused === undefined ? {} : { refused }) }));
      return response;
    };
    const refused = (status: number, code: number, message: string, headers?: HeadersInit) =>
      done(refuse(status, code, message, headers), message);

    if (method === 'OPTIONS') {
      return refused(
        405,
        API_ERROR.methodNotAllowed,
        'CORS preflight refused: the dashboard answers only its own origin',
        {
          allow: 'GET',
        },
      );
    }
    const origin = c.req.header('origin');
    const host = c.req.header('host') ?? new URL(url).host;
    if (
      origin !== undefined &&
      (!URL.canParse(origin) || new URL(origin).host.toLowerCase() !== host.toLowerCase())
    ) {
      return refused(403, API_ERROR.forbiddenOrigin, `Cross-origin write from ${origin} refused`);
    }
    const mirror = classifyMirrorPath(rawPath, options.accountIds);
    if (mirror.kind !== 'workflows') {
      const refusal = mirrorPathRefusal(mirror, rawPath);
      return refused(refusal.status, API_ERROR[refusal.code], refusal.message);
    }
    entry.path = mirror.upstreamPath;
    if (!state.enabled) {
      return refused(
        405,
        API_ERROR.methodNotAllowed,
        `Method ${method} is not allowed: this dashboard is read-only (${state.refusal()})`,
        {
          allow: 'GET',
        },
      );
    }
    const target = writeTarget(method, mirror.endpoint, mirror.upstreamPath);
    if (!target) {
      const allow = allowedMethods(mirror.endpoint, mirror.upstreamPath);
      return refused(
        405,
        API_ERROR.methodNotAllowed,
        `${method} ${mirror.upstreamPath} is not a write this dashboard forwards (allowed here: ${allow || 'none'})`,
        {
          allow,
        },
      );
    }
    entry.target = target;
    const unavailable = state.refusal();
    if (unavailable !== undefined) return refused(403, API_ERROR.writesUnavailable, unavailable);
    if (queryStart !== -1) {
      return refused(
        400,
        API_ERROR.invalidParameter,
        'Invalid query parameter: writes take no query parameters',
      );
    }
    const contentType = c.req.header('content-type') ?? null;
    if (contentType !== null && !isJsonContentType(contentType)) {
      return refused(
        415,
        API_ERROR.unsupportedMediaType,
        `Content-Type ${contentType} refused: write bodies must be application/json`,
      );
    }
    const read = await readBounded(c.req.raw, target.maxBodyBytes);
    if (read.kind === 'too-large') {
      const limit =
        target.maxBodyBytes === 0
          ? 'this write takes no body'
          : `this write accepts at most ${target.maxBodyBytes}`;
      return refused(413, API_ERROR.payloadTooLarge, `Request body is ${read.bytes} bytes; ${limit}`);
    }
    if (read.kind === 'not-utf8')
      return refused(400, API_ERROR.invalidParameter, 'Invalid request body: not UTF-8');
    if (read.text !== '' && contentType === null) {
      return refused(
        415,
        API_ERROR.unsupportedMediaType,
        'A write body needs Content-Type: application/json',
      );
    }
    const checked = checkBody(target, read.text);
    if (typeof checked === 'string')
      return refused(400, API_ERROR.invalidParameter, `Invalid request body: ${checked}`);
    if (target.action === 'status') entry.detail = statusDetail(checked.value);
    const ids = batchIds(checked.value);
    if (ids && (target.action === 'batchCreate' || target.action === 'batchDelete')) entry.ids = ids;
    const answer = await forward(c, options, mirror.upstreamPath, checked.text);
    if (answer.ok) options.written?.(touchedPaths(mirror.upstreamPath, target, ids));
    return done(answer);
  };
}

/** Detail paths (…/instances/{id}) of the instances a write touched. */
function touchedPaths(
  upstreamPath: string,
  target: WriteTarget,
  ids: readonly string[] | undefined,
): string[] {
  const instances = upstreamPath.slice(0, upstreamPath.indexOf('/instances') + '/instances'.length);
  if (target.instance !== undefined) return [`${instances}/${target.instance}`];
  if (target.action === 'batchDelete') return (ids ?? []).map((id) => `${instances}/${id}`);
  return [];
}

/** The body parsed and checked against the write's schema: the text to forward, or the problem. */
function checkBody(target: WriteTarget, text: string): { text: string; value: unknown } | string {
  if (!target.schema) return { text: '', value: undefined };
  // send-event without a body sends an empty payload, as wrangler's default `{}` does.
  const source = text.trim() === '' && target.action === 'event' ? '{}' : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return 'not valid JSON';
  }
  const parsed = target.schema.safeParse(value);
  return parsed.success ? { text: source, value } : firstIssue(parsed.error);
}

async function forward(
  c: Context,
  options: WriteHandlerOptions,
  path: string,
  body: string,
): Promise<Response> {
  const { upstream, scrubber } = options;
  const headers = upstreamRequestHeaders(c.req.raw.headers, options.credentials, options.userAgent);
  if (body === '') headers.delete('content-type');
  else headers.set('content-type', 'application/json');
  const controller = new AbortController();
  const request = new Request(`${upstream.baseUrl}${path}`, {
    method: c.req.method,
    headers,
    body: body === '' ? undefined : body,
    signal: controller.signal,
    redirect: 'manual',
  });
  try {
    const response = await fetchWithTimeout(upstream, request, options.timeoutMs, controller);
    const answer = forwardedResponse(
      {
        status: response.status,
        headers: response.headers,
        body: new Uint8Array(await response.arrayBuffer()),
      },
      scrubber,
    );
    if (answer.status === 403) options.state.markForbidden();
    const out = new Response(answer.body.slice(), { status: answer.status, headers: answer.headers });
    out.headers.set('cache-control', 'no-store');
    return out;
  } catch (error) {
    const timedOut = error instanceof UpstreamTimeoutError;
    const message = timedOut
      ? `Cloudflare API did not answer within ${options.timeoutMs} ms (the write may or may not have happened)`
      : unreachableMessage(upstream.baseUrl, error);
    return apiError(
      timedOut ? 504 : 502,
      timedOut ? API_ERROR.upstreamTimeout : API_ERROR.upstreamUnreachable,
      scrubber.text(message),
    );
  }
}
