import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Cloudflare from 'cloudflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, SIMULATOR_BASE_URL } from '../simulator/index.ts';
import { parseConfig } from './config.ts';
import { PROJECT_ROOT, type RunningServer, startServer } from './main.ts';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const simulator = createSimulator({ seed: 7, instances: 400, now: () => NOW, anchor: NOW });
const account_id = simulator.accountId;
let server: RunningServer;
let baseURL: string;

/** What the simulator itself answers (the reference the mirror must match). */
async function direct(path: string) {
  const response = await simulator.fetch(
    new Request(`${SIMULATOR_BASE_URL}${path}`, { headers: { authorization: 'Bearer direct' } }),
  );
  expect(response.status).toBe(200);
  return response.json();
}

beforeAll(async () => {
  server = await startServer(parseConfig({ DEMO: '1', PORT: '0' }), {
    distDir: false,
    simulator,
    log: () => {},
  });
  baseURL = `${server.url}/api/client/v4`;
});
afterAll(() => server?.close());

describe('the official cloudflare SDK against the mirror (demo mode)', () => {
  it('lists workflows, lists instances and gets an instance exactly as the simulator answers', async () => {
    const client = new Cloudflare({ apiToken: 'dummy-token', baseURL, maxRetries: 0 });
    const workflows = await client.workflows.list({ account_id, per_page: 100 });
    const expectedWorkflows = await direct(`/accounts/${account_id}/workflows?per_page=100`);
    expect(workflows.result.length).toBeGreaterThan(0);
    expect(workflows.result).toEqual(expectedWorkflows.result);

    const name = workflows.result[0]?.name ?? '';
    const instances = await client.workflows.instances.list(name, { account_id, per_page: 25 });
    const expectedInstances = await direct(`/accounts/${account_id}/workflows/${name}/instances?per_page=25`);
    expect(instances.result.length).toBeGreaterThan(0);
    expect(instances.result).toEqual(expectedInstances.result);

    const id = instances.result[0]?.id ?? '';
    const instance = await client.workflows.instances.get(id, { account_id, workflow_name: name });
    const expectedInstance = await direct(`/accounts/${account_id}/workflows/${name}/instances/${id}`);
    expect(instance).toEqual(expectedInstance.result);
  });

  it('surfaces the mirror’s refusals as SDK API errors', async () => {
    const client = new Cloudflare({ apiToken: 'dummy-token', baseURL, maxRetries: 0 });
    await expect(client.workflows.list({ account_id: 'someone-else' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(client.accounts.get({ account_id })).rejects.toMatchObject({ status: 404 });
  });
});

describe('wrangler against the mirror (demo mode)', () => {
  const run = promisify(execFile);
  const wrangler = (...args: string[]) =>
    run(join(PROJECT_ROOT, 'node_modules', '.bin', 'wrangler'), args, {
      cwd: mkdtempSync(join(tmpdir(), 'wrangler-cwd-')),
      timeout: 50_000,
      env: {
        PATH: process.env.PATH,
        HOME: mkdtempSync(join(tmpdir(), 'wrangler-home-')),
        CLOUDFLARE_API_BASE_URL: baseURL,
        CLOUDFLARE_API_TOKEN: 'dummy-token',
        // With the account given, wrangler calls only Workflows paths (no /memberships lookup).
        CLOUDFLARE_ACCOUNT_ID: account_id,
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_SEND_METRICS: 'false',
        // The banner's update check would ask the npm registry for wrangler's latest version.
        WRANGLER_HIDE_BANNER: 'true',
        // Not WRANGLER_LOG=none: wrangler prints its tables through the same logger, so stdout would be empty.
        NO_COLOR: '1',
      },
    });

  it('`wrangler workflows list` names the demo workflows', { timeout: 60_000 }, async () => {
    const { stdout } = await wrangler('workflows', 'list');
    const expected = await direct(`/accounts/${account_id}/workflows?page=1`);
    expect(expected.result.length).toBeGreaterThan(0);
    for (const workflow of expected.result) expect(stdout).toContain(workflow.name);
  });

  it('`wrangler workflows instances describe` shows a demo instance', { timeout: 60_000 }, async () => {
    const workflows = await direct(`/accounts/${account_id}/workflows?per_page=100`);
    const name = workflows.result[0].name;
    const instances = await direct(`/accounts/${account_id}/workflows/${name}/instances?per_page=1`);
    const id = instances.result[0].id;
    const { stdout } = await wrangler('workflows', 'instances', 'describe', name, id);
    expect(stdout).toContain(name);
    expect(stdout).toContain(id);
  });
});
