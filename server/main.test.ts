import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';
import { type RunningServer, StartupError, startServer } from './main.ts';
import { ACCOUNT, TOKEN } from './testing/fake-upstream.ts';

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function start(env: Record<string, string>, options: Parameters<typeof startServer>[1] = {}) {
  const server = await startServer(parseConfig({ PORT: '0', ...env }), {
    distDir: false,
    log: () => {},
    ...options,
  });
  running.push(server);
  return server;
}

function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dashboard</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  return dir;
}

/** A raw HTTP GET, so the path reaches the server exactly as written (fetch would normalise it). */
function rawGet(url: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(`${url}${path}`, { path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('startServer', () => {
  it('serves the SPA with fallback and cache headers, and prints the startup line', async () => {
    const lines: string[] = [];
    const server = await start(
      { DEMO_INSTANCES: '3000' },
      { distDir: fakeDist(), log: (line) => lines.push(line) },
    );
    expect(lines).toEqual([
      `Workflows dashboard on ${server.url} — demo mode (account Demo, 3,000 simulated instances)`,
    ]);
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<title>dashboard</title>');
    const route = await fetch(`${server.url}/${ACCOUNT}/workflows/orders?status=errored`);
    expect(route.status).toBe(200);
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(await route.text()).toContain('<title>dashboard</title>');
    const asset = await fetch(`${server.url}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/unknown`)).status).toBe(404);
  });

  it('refuses raw dot segments that reach it over HTTP', async () => {
    const server = await start({});
    const path = `/api/client/v4/accounts/${ACCOUNT}/workflows/../../../user/tokens/verify`;
    expect([400, 404]).toContain(await rawGet(server.url, path));
  });

  it('asks for a build when dist/index.html is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dist-'));
    await expect(start({}, { distDir: empty })).rejects.toThrow(
      /run npm run build first \(npm start does it for you\)/,
    );
  });

  it('says clearly when the port is taken', async () => {
    const first = await start({});
    const port = new URL(first.url).port;
    await expect(start({ PORT: port })).rejects.toThrow(
      new StartupError(`port ${port} on 127.0.0.1 is already in use: stop the other server or set PORT`),
    );
  });
});

describe('startServer in live mode', () => {
  const liveEnv = {
    CLOUDFLARE_API_TOKEN: TOKEN,
    CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
    CLOUDFLARE_API_BASE_URL: 'http://127.0.0.1:9/client/v4',
  };
  const ok = () => Response.json({ success: true, errors: [], messages: [], result: { status: 'active' } });
  const denied = (status: number) =>
    Response.json(
      { success: false, errors: [{ code: 9109, message: 'Unauthorized' }], messages: [], result: null },
      { status },
    );

  it('verifies the token and each account first, then starts', async () => {
    const paths: string[] = [];
    const lines: string[] = [];
    const server = await start(liveEnv, {
      fetch: async (input) => {
        const request = input instanceof Request ? input : new Request(input);
        paths.push(new URL(request.url).pathname + new URL(request.url).search);
        return ok();
      },
      log: (line) => lines.push(line),
    });
    expect(paths).toEqual([
      '/client/v4/user/tokens/verify',
      `/client/v4/accounts/${ACCOUNT}/workflows?per_page=1`,
    ]);
    expect(lines[0]).toBe(`Workflows dashboard on ${server.url} — live mode (accounts: ${ACCOUNT})`);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it.each([
    [
      'an invalid token',
      () => denied(401),
      /CLOUDFLARE_API_TOKEN was rejected by Cloudflare \(401: Unauthorized\)/,
    ],
    [
      'a token without Workers Scripts Read',
      (request: Request) => (request.url.includes('/workflows') ? denied(403) : ok()),
      new RegExp(`lack Workers Scripts Read on account ${ACCOUNT}`),
    ],
    [
      'an unreachable API',
      () => {
        throw new TypeError('fetch failed');
      },
      /Cloudflare API unreachable at http:\/\/127\.0\.0\.1:9\/client\/v4/,
    ],
  ])('refuses to start with %s', async (_, answer, reason) => {
    const fetchStub = async (input: RequestInfo | URL) =>
      answer(input instanceof Request ? input : new Request(input));
    const failure = start(liveEnv, { fetch: fetchStub });
    await expect(failure).rejects.toThrow(StartupError);
    await expect(failure).rejects.toThrow(reason);
    await expect(failure).rejects.not.toThrow(TOKEN);
  });
});
