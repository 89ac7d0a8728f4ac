import { describe, expect, it } from 'vitest';
import { createRng } from '../simulator/rng.ts';
import { ACCOUNT, BASE_URL, fakeUpstream, liveApp } from './testing/fake-upstream.ts';
import { KEYS, randomRequest } from './testing/random-requests.ts';

/** Unique per run: any match in a response can only be an echo that escaped the scrubber. */
const TOKEN = `fuzz-${crypto.randomUUID()}`;
const REQUESTS = 3000;

/** Independent of the server's own rules: the shapes the API reference allows, for the configured account. */
const NAME = '[a-zA-Z0-9_][a-zA-Z0-9_-]{0,63}';
const ID = '[a-zA-Z0-9_][a-zA-Z0-9_-]{0,270}';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const ALLOWED_PATHS = [
  `/workflows`,
  `/workflows/${NAME}`,
  `/workflows/${NAME}/instances`,
  `/workflows/${NAME}/instances/${ID}`,
  `/workflows/${NAME}/instances/${ID}/step`,
  `/workflows/${NAME}/versions`,
  `/workflows/${NAME}/versions/${UUID}(/dag|/graph)?`,
].map((path) => new RegExp(`^${BASE_URL.replace(/[.]/g, '\\.')}/accounts/${ACCOUNT}${path}$`));
const ALLOWED_QUERY = new Set(KEYS.slice(0, 13));

function allowedUpstream(request: Request): string | undefined {
  if (request.method !== 'GET') return `method ${request.method}`;
  const url = new URL(request.url);
  const path = `${url.origin}${url.pathname}`;
  if (!ALLOWED_PATHS.some((pattern) => pattern.test(path))) return `path ${url.pathname}`;
  const names = [...url.searchParams.keys()];
  if (names.some((name) => !ALLOWED_QUERY.has(name))) return `query ${url.search}`;
  if (new Set(names).size !== names.length) return `repeated query ${url.search}`;
  const headers = [...request.headers.keys()].sort().join(',');
  if (!/^(accept,)?authorization,(content-type,)?user-agent$/.test(headers)) return `headers ${headers}`;
  return undefined;
}

describe('fuzzing the server in live mode', () => {
  it(`survives ${REQUESTS} random requests: no 5xx of its own, nothing refused goes upstream, no token out`, {
    timeout: 60_000,
  }, async () => {
    const rng = createRng(20261120);
    const logs: string[] = [];
    const { upstream, calls } = fakeUpstream((request) => {
      // The worst upstream: echoes the credential everywhere it can.
      const auth = request.headers.get('authorization') ?? '';
      return new Response(
        JSON.stringify({ success: true, errors: [], messages: [auth], result: [request.url] }),
        {
          headers: { 'content-type': 'application/json', 'cf-ray': auth, 'retry-after': btoa(auth) },
        },
      );
    });
    const app = liveApp(upstream, { credentials: { kind: 'token', token: TOKEN }, log: (l) => logs.push(l) });
    const statuses = new Map<number, number>();
    let built = 0;
    for (let i = 0; i < REQUESTS; i++) {
      const { url, init } = randomRequest(rng, TOKEN);
      const method = init.method;
      let request: Request;
      try {
        request = new Request(url, init);
      } catch {
        continue; // Not sendable by any client (e.g. an invalid URL); nothing for the server to answer.
      }
      built++;
      const response = await app.request(request);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, `${method} ${url}`).toBeLessThan(500);
      const text = await response.text();
      const everything = `${text}\n${[...response.headers].join('\n')}`;
      expect(everything.includes(TOKEN) || everything.includes(btoa(TOKEN).slice(0, 40)), url).toBe(false);
    }
    expect(built).toBeGreaterThan(REQUESTS * 0.95);
    const wrong = calls.map(allowedUpstream).filter((problem) => problem !== undefined);
    expect(wrong).toEqual([]);
    // The mix reached every kind of answer, the upstream included.
    expect(calls.length).toBeGreaterThan(150);
    for (const status of [200, 400, 403, 404, 405]) expect(statuses.get(status) ?? 0).toBeGreaterThan(0);
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});
