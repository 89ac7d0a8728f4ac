import type { z } from 'zod/mini';
import { errorEnvelopeSchema } from '../../contract/envelope.ts';
import { MIRROR_BASE, takeEarlyAnswer } from '../lib/early-requests.ts';
import { connection } from './connection.ts';
import {
  parseRateLimitHeader,
  type RequestBudget,
  type RequestPriority,
  requestBudget,
} from './request-budget.ts';

/** Where the local server mirrors the Cloudflare API (the token is added there, never here). */
export const API_BASE = MIRROR_BASE;

export type ApiErrorKind = 'http' | 'rate-limited' | 'network' | 'malformed';

/** Every failure of the API layer, with a message fit to show a user. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly code: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: ApiErrorKind,
    message: string,
    init: { status?: number; code?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: init.cause });
    this.name = 'ApiError';
    this.kind = kind;
    this.status = init.status ?? 0;
    this.code = init.code;
    this.retryAfterMs = init.retryAfterMs;
  }
}

export type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  priority?: RequestPriority;
  budget?: RequestBudget;
}

export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/** Retry-After is seconds or an HTTP date; default to 30 s when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(header);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  return 30_000;
}

/** The body as JSON; undefined when it is empty or not JSON. `text` is a body already read (an early answer). */
async function readJson(response: Response, text?: string): Promise<unknown> {
  // Bytes, then one decode: for a body of megabytes, faster than text() (the same UTF-8 decoding).
  const body = text ?? new TextDecoder().decode(await response.arrayBuffer());
  if (!body) return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/**
 * GETs a path under the mirrored Cloudflare API and parses the envelope with `schema`.
 * Throws ApiError with a user-readable message on any failure; never returns unparsed data.
 */
export function apiGet<T>(path: string, schema: z.ZodMiniType<T>, options: RequestOptions = {}): Promise<T> {
  return send(path, schema, { method: 'GET', headers: { accept: 'application/json' } }, options);
}

export type WriteMethod = 'POST' | 'PATCH' | 'DELETE';

/**
 * Sends a write (pause, terminate, trigger, delete, …) as JSON through the same budget, connection report
 * and error classes as reads. A refusal becomes an ApiError carrying the API's own message and code.
 */
export function apiWrite<T>(
  method: WriteMethod,
  path: string,
  body: unknown,
  schema: z.ZodMiniType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const init: RequestInit = {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  return send(path, schema, init, options);
}

async function send<T>(
  path: string,
  schema: z.ZodMiniType<T>,
  init: RequestInit,
  options: RequestOptions,
): Promise<T> {
  const budget = options.budget ?? requestBudget;
  await budget.acquire(options.priority ?? 'interactive', options.signal);
  const url = buildUrl(path, options.query);
  let response: Response;
  let text: string | undefined;
  try {
    // The landing page's large read may already be on its way, or done (src/lib/early-requests.ts).
    const early = init.method === 'GET' ? await takeEarlyAnswer(url) : null;
    if (early) ({ response, text } = early);
    else response = await fetch(url, { ...init, signal: options.signal });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    connection.lost();
    throw new ApiError('network', 'Could not reach the dashboard server. Is it still running?', { cause });
  }
  connection.reached();
  const shared = parseRateLimitHeader(response.headers.get('ratelimit'));
  if (shared) budget.observeServer(shared.remaining, shared.resetMs);
  const body = await readJson(response, text);
  if (response.status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    budget.block(retryAfterMs);
    throw new ApiError(
      'rate-limited',
      `Cloudflare's API rate limit was reached; retrying in ${Math.ceil(retryAfterMs / 1000)} s.`,
      { status: 429, retryAfterMs },
    );
  }
  if (!response.ok) {
    const failure = errorEnvelopeSchema.safeParse(body);
    const first = failure.success ? failure.data.errors[0] : undefined;
    const message = first?.message ?? `The API answered ${response.status} ${response.statusText}`.trim();
    throw new ApiError('http', message, { status: response.status, code: first?.code });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('malformed', `The API sent a response the dashboard cannot read (${path}).`, {
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}
