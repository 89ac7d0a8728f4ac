import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { expect, test } from './fixtures.ts';
import { type Spawned, spawnScript } from './support/spawn-server.ts';

/**
 * Live mode, through the same code path as with Cloudflare, against an upstream that echoes the request's
 * credentials into every answer. A token made for this run drives every screen; it must appear in no
 * response the browser gets, no server log line and no file the build produced.
 */
const TOKEN = `live-${randomUUID()}`;
const UPSTREAM_PORT = 5197;
const SERVER_PORT = 5196;
let upstream: Spawned;
let server: Spawned;

test.beforeAll(async () => {
  upstream = await spawnScript(
    'e2e/support/fake-cloudflare.ts',
    { PORT: String(UPSTREAM_PORT), ECHO_CREDENTIALS: '1' },
    `http://127.0.0.1:${UPSTREAM_PORT}/client/v4/user/tokens/verify`,
  );
  server = await spawnScript(
    'server/main.ts',
    {
      CLOUDFLARE_API_TOKEN: TOKEN,
      CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
      CLOUDFLARE_API_BASE_URL: `http://127.0.0.1:${UPSTREAM_PORT}/client/v4`,
      HOST: '127.0.0.1',
      PORT: String(SERVER_PORT),
      DEMO: '',
    },
    `http://127.0.0.1:${SERVER_PORT}/api/meta`,
  );
});

test.afterAll(async () => {
  await server?.stop();
  await upstream?.stop();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the token never leaves the server, whatever the upstream echoes', async ({ page, consoleGuard }) => {
  // The 404 of a missing instance, asked for on purpose below.
  consoleGuard.allow(/Failed to load resource/);
  const seen: string[] = [];
  page.on('response', async (response) => {
    const headers = JSON.stringify(await response.allHeaders());
    const body = await response.text().catch(() => '');
    seen.push(`${response.url()}\n${headers}\n${body}`);
  });
  const base = server.url;
  const meta = await (await page.request.get(`${base}/api/meta`)).json();
  expect(meta.mode).toBe('live');

  await page.goto(`${base}/${DEMO_ACCOUNT_ID}/workflows`);
  const workflows = page.getByRole('table', { name: 'Workflows' });
  // The first workflow's name: the first link of the first body row (headers hold sort links).
  const firstName = workflows.getByRole('row').nth(1).getByRole('link').first();
  await expect(firstName).toBeVisible();
  const name = (await firstName.textContent()) ?? '';
  await workflows.getByRole('link', { name, exact: true }).click();
  const grid = page.getByRole('grid', { name: `Instances of ${name}` });
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  await grid.getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${base}/${DEMO_ACCOUNT_ID}/workflows/${name}/errors`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${base}/${DEMO_ACCOUNT_ID}/workflows/${name}/instances/no-such-instance`);
  await expect(page.getByRole('heading', { name: 'Instance not found' })).toBeVisible();

  // Straight at the mirror: a refused path, an invalid parameter, another account.
  for (const path of [
    `/accounts/${DEMO_ACCOUNT_ID}/workflows/${'x'.repeat(65)}`,
    `/accounts/${DEMO_ACCOUNT_ID}/workflows?per_page=abc`,
    '/accounts/0123456789abcdef0123456789abcdef/workflows',
    '/user/tokens/verify',
  ]) {
    const response = await page.request.get(`${base}/api/client/v4${path}`);
    expect(response.status()).toBeGreaterThanOrEqual(400);
    seen.push(`${path}\n${JSON.stringify(response.headers())}\n${await response.text()}`);
  }

  // The upstream did echo it: the scrubber had something to do.
  expect(seen.join('\n')).toContain('[REDACTED]');
  expect(seen.length).toBeGreaterThan(10);
  for (const text of seen) expect(text).not.toContain(TOKEN);
  expect(server.output()).not.toContain(TOKEN);
  for (const file of filesUnder(join(import.meta.dirname, '..', 'dist')))
    expect(readFileSync(file, 'latin1'), file).not.toContain(TOKEN);
});
