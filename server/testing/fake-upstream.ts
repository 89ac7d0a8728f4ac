import type { AppOptions } from '../app.ts';
import { createApp } from '../app.ts';
import type { Upstream } from '../upstream.ts';

export const TOKEN = 'secret-token-9f8e7d6c5b4a';
export const ACCOUNT = 'acc0000000000000000000000000001a';
export const OTHER_ACCOUNT = 'acc0000000000000000000000000002b';
export const BASE_URL = 'https://api.example.test/client/v4';

/** An upstream that records every request and answers with `respond` (default: an empty success list). */
export function fakeUpstream(respond?: (request: Request) => Response | Promise<Response>) {
  const calls: Request[] = [];
  const upstream: Upstream = {
    baseUrl: BASE_URL,
    fetch: async (request) => {
      calls.push(request);
      if (respond) return respond(request);
      return Response.json({ success: true, errors: [], messages: [], result: [] });
    },
  };
  return { upstream, calls };
}

/** A live-mode app over `upstream` on loopback, with overrides. */
export function liveApp(upstream: Upstream, overrides: Partial<AppOptions> = {}) {
  return createApp({
    mode: 'live',
    upstream,
    credentials: { kind: 'token', token: TOKEN },
    accountIds: [ACCOUNT],
    upstreamTimeoutMs: 1000,
    protection: { kind: 'loopback' },
    version: '1.2.3',
    log: () => {},
    ...overrides,
  });
}
