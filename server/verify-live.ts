import type { AppOptions } from './app.ts';
import type { Credentials } from './config.ts';
import { createScrubber } from './scrub.ts';
import { credentialHeaders, fetchWithTimeout, type Upstream, UpstreamTimeoutError } from './upstream.ts';

export interface VerifyOptions {
  upstream: Upstream;
  credentials: Credentials;
  accountIds: readonly string[];
  timeoutMs: number;
}

/**
 * Checks live credentials before the server starts: the token (`/user/tokens/verify`) or global key
 * (`/user`), then read access to each account's Workflows. Returns a one-line reason on failure.
 */
export async function verifyLiveAccess(options: VerifyOptions): Promise<string | undefined> {
  const { credentials } = options;
  const identity = credentials.kind === 'token' ? '/user/tokens/verify' : '/user';
  const who = credentials.kind === 'token' ? 'CLOUDFLARE_API_TOKEN' : 'CLOUDFLARE_EMAIL + CLOUDFLARE_API_KEY';
  const check = await call(options, identity);
  if (check.kind === 'failed') return check.reason;
  if (check.status !== 200)
    return `${who} was rejected by Cloudflare (${check.status}${firstErrorMessage(check.body)})`;
  const status = tokenStatus(check.body);
  if (credentials.kind === 'token' && status !== undefined && status !== 'active') {
    return `CLOUDFLARE_API_TOKEN is ${status}, not active`;
  }
  for (const id of options.accountIds) {
    const result = await call(options, `/accounts/${encodeURIComponent(id)}/workflows?per_page=1`);
    if (result.kind === 'failed') return result.reason;
    if (result.status === 401 || result.status === 403) {
      return `the credentials lack Workers Scripts Read on account ${id} (${result.status}${firstErrorMessage(result.body)})`;
    }
    if (result.status !== 200) {
      return `Cloudflare refused to list workflows of account ${id} (${result.status}${firstErrorMessage(result.body)})`;
    }
  }
  return undefined;
}

/**
 * In live mode, why the app's credentials cannot be used (one line, printed at startup, so scrubbed of
 * the credentials whatever Cloudflare's error message echoes), or undefined; demo mode has none.
 */
export async function liveAccessProblem(options: AppOptions): Promise<string | undefined> {
  if (options.mode !== 'live') return undefined;
  const { upstream, credentials, accountIds, upstreamTimeoutMs } = options;
  const problem = await verifyLiveAccess({ upstream, credentials, accountIds, timeoutMs: upstreamTimeoutMs });
  return problem === undefined ? undefined : createScrubber(credentials).text(problem);
}

type CallResult = { kind: 'answered'; status: number; body: unknown } | { kind: 'failed'; reason: string };

async function call(options: VerifyOptions, path: string): Promise<CallResult> {
  const controller = new AbortController();
  const request = new Request(`${options.upstream.baseUrl}${path}`, {
    headers: { ...credentialHeaders(options.credentials), accept: 'application/json' },
    signal: controller.signal,
  });
  try {
    const response = await fetchWithTimeout(options.upstream, request, options.timeoutMs, controller);
    const body: unknown = await response.json().catch(() => undefined);
    return { kind: 'answered', status: response.status, body };
  } catch (error) {
    const origin = new URL(options.upstream.baseUrl).origin;
    if (error instanceof UpstreamTimeoutError) {
      return {
        kind: 'failed',
        reason: `Cloudflare API at ${origin} did not answer within ${options.timeoutMs} ms`,
      };
    }
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return { kind: 'failed', reason: `Cloudflare API unreachable at ${options.upstream.baseUrl}${cause}` };
  }
}

/** `: message` from the first entry of a failure envelope, if any. */
function firstErrorMessage(body: unknown): string {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors))
    return '';
  const first: unknown = body.errors[0];
  if (typeof first !== 'object' || first === null || !('message' in first)) return '';
  return typeof first.message === 'string' ? `: ${first.message}` : '';
}

function tokenStatus(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('result' in body)) return undefined;
  const result = body.result;
  if (typeof result !== 'object' || result === null || !('status' in result)) return undefined;
  return typeof result.status === 'string' ? result.status : undefined;
}
