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

/**
 * The real clock: wrangler's commands take seconds each, and the instance moves on between them. Read ahead by
 * `lookAheadMs` only to see where a run is going (keepGoing).
 */
let lookAheadMs = 0;
const simulator = createSimulator({ seed: 11, instances: 300, now: () => Date.now() + lookAheadMs });
const account_id = simulator.accountId;
const WORKFLOW = 'onboarding-emails';
const ID = 'compat-writes-1';
let server: RunningServer;

async function instance() {
  const response = await simulator.fetch(
    new Request(`${SIMULATOR_BASE_URL}/accounts/${account_id}/workflows/${WORKFLOW}/instances/${ID}`, {
      headers: { authorization: 'Bearer direct' },
    }),
  );
  return { status: response.status, body: await response.json() };
}

/**
 * A created run's outcomes are drawn at random, and about 1 in 100 of this workflow's fails on its own within
 * seconds: a pause or a terminate sent then finds it errored. Looks a minute ahead and, while the run would
 * have ended by then, restarts it (fresh outcomes) on the simulator directly, so the commands under test meet
 * a live instance.
 */
async function keepGoing() {
  for (let tries = 0; tries < 10; tries++) {
    lookAheadMs = 60_000;
    const ahead = (await instance()).body.result.status;
    lookAheadMs = 0;
    if (!['complete', 'errored', 'terminated'].includes(ahead)) return;
    await simulator.fetch(
      new Request(
        `${SIMULATOR_BASE_URL}/accounts/${account_id}/workflows/${WORKFLOW}/instances/${ID}/status`,
        {
          method: 'PATCH',
          headers: { authorization: 'Bearer direct', 'content-type': 'application/json' },
          body: JSON.stringify({ status: 'restart' }),
        },
      ),
    );
  }
  throw new Error(`${ID} keeps ending within a minute`);
}

beforeAll(async () => {
  server = await startServer(parseConfig({ DEMO: '1', DASHBOARD_WRITES: '1', PORT: '0' }), {
    distDir: false,
    simulator,
    log: () => {},
  });
});
afterAll(() => server?.close());

const run = promisify(execFile);
const wrangler = (...args: string[]) =>
  run(join(PROJECT_ROOT, 'node_modules', '.bin', 'wrangler'), args, {
    cwd: mkdtempSync(join(tmpdir(), 'wrangler-cwd-')),
    timeout: 50_000,
    env: {
      PATH: process.env.PATH,
      HOME: mkdtempSync(join(tmpdir(), 'wrangler-home-')),
      CLOUDFLARE_API_BASE_URL: `${server.url}/api/client/v4`,
      CLOUDFLARE_API_TOKEN: 'dummy-token',
      CLOUDFLARE_ACCOUNT_ID: account_id,
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      WRANGLER_SEND_METRICS: 'false',
      WRANGLER_HIDE_BANNER: 'true',
      NO_COLOR: '1',
    },
  });

describe('wrangler write commands against the mirror (demo mode, DASHBOARD_WRITES=1)', () => {
  it('`wrangler workflows trigger` creates an instance with its params and id', {
    timeout: 60_000,
  }, async () => {
    const { stdout } = await wrangler(
      'workflows',
      'trigger',
      WORKFLOW,
      '{"email":"ada@example.com"}',
      '--id',
      ID,
    );
    expect(stdout).toContain(`"${ID}" has been queued successfully`);
    const { body } = await instance();
    expect(body.result.params).toEqual({ email: 'ada@example.com' });
    expect(body.result.trigger).toEqual({ source: 'api' });
  });

  it('`instances pause` and `instances resume`', { timeout: 120_000 }, async () => {
    await keepGoing();
    expect((await wrangler('workflows', 'instances', 'pause', WORKFLOW, ID)).stdout).toContain(
      'was paused successfully',
    );
    expect(['waitingForPause', 'paused']).toContain((await instance()).body.result.status);
    expect((await wrangler('workflows', 'instances', 'resume', WORKFLOW, ID)).stdout).toContain(
      'was resumed successfully',
    );
    expect(['queued', 'running', 'waiting']).toContain((await instance()).body.result.status);
  });

  it('`instances send-event` with a type and payload', { timeout: 60_000 }, async () => {
    const { stdout } = await wrangler(
      'workflows',
      'instances',
      'send-event',
      WORKFLOW,
      ID,
      '--type',
      'subscription-upgraded',
      '--payload',
      '{"plan":"pro"}',
    );
    expect(stdout).toContain('The event with type "subscription-upgraded"');
  });

  it('`instances restart` from the start and from a named step', { timeout: 120_000 }, async () => {
    expect((await wrangler('workflows', 'instances', 'restart', WORKFLOW, ID)).stdout).toContain(
      'was restarted successfully',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { stdout } = await wrangler(
      'workflows',
      'instances',
      'restart',
      WORKFLOW,
      ID,
      '--from-step-name',
      'create-account',
    );
    expect(stdout).toContain('was restarted successfully');
  });

  it('`instances terminate` and then `instances delete`', { timeout: 120_000 }, async () => {
    await keepGoing();
    expect((await wrangler('workflows', 'instances', 'terminate', WORKFLOW, ID)).stdout).toContain(
      'was terminated successfully',
    );
    expect((await instance()).body.result.status).toBe('terminated');
    const { stdout } = await wrangler('workflows', 'instances', 'delete', WORKFLOW, ID);
    expect(stdout).toContain(`Deleted workflow instances from "${WORKFLOW}": "${ID}"`);
    expect((await instance()).status).toBe(404);
  });
});

describe('the official cloudflare SDK’s writes against the mirror (demo mode, DASHBOARD_WRITES=1)', () => {
  it('creates, creates in bulk, pauses, sends an event and terminates', async () => {
    const client = new Cloudflare({
      apiToken: 'dummy-token',
      baseURL: `${server.url}/api/client/v4`,
      maxRetries: 0,
    });
    const workflow_name = 'image-processing';
    const created = await client.workflows.instances.create(workflow_name, {
      account_id,
      instance_id: 'sdk-1',
      params: JSON.stringify({ image: 'cat.png' }),
    });
    expect(created).toMatchObject({ id: 'sdk-1', status: 'queued' });
    const bulk = await client.workflows.instances.bulk(workflow_name, {
      account_id,
      body: [{ instance_id: 'sdk-2' }, { instance_id: 'sdk-3' }],
    });
    expect(bulk.result.map((item) => item.id)).toEqual(['sdk-2', 'sdk-3']);
    const paused = await client.workflows.instances.status.edit('sdk-2', {
      account_id,
      workflow_name,
      status: 'pause',
    });
    expect(['queued', 'waitingForPause', 'paused', 'complete', 'errored']).toContain(paused.status);
    await client.workflows.instances.events.create('approved', {
      account_id,
      workflow_name,
      instance_id: 'sdk-1',
      body: { by: 'ada' },
    });
    const terminated = await client.workflows.instances.status.edit('sdk-3', {
      account_id,
      workflow_name,
      status: 'terminate',
    });
    expect(['terminated', 'complete', 'errored']).toContain(terminated.status);
    await expect(
      client.workflows.instances.create(workflow_name, { account_id, instance_id: 'sdk-1' }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
