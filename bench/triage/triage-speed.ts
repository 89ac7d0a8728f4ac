import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import { parseConfig } from '../../server/config.ts';
import { PROJECT_ROOT, type RunningServer, startServer } from '../../server/main.ts';
import { DEMO_ACCOUNT_ID } from '../../simulator/index.ts';
import type { Figure } from '../scenarios.ts';
import { median, round } from '../stats.ts';

/**
 * "Triage 200 errored instances: time until all are grouped" on loopback, beside what a user does today
 * (`wrangler workflows instances describe`, one command per instance, start-up included) and the same 200
 * details fetched one by one in-process (how much is concurrency, how much start-up).
 */
const COUNT = 200;
const WORKFLOW = 'order-fulfilment';
/** Enough simulated instances for 200+ errored ones of order-fulfilment in 30 days. */
const DEMO_INSTANCES = '12000';
const RUNS = Number(process.env.BENCH_TRIAGE_RUNS ?? 3);
/** wrangler takes about a second an instance: time a sample unless BENCH_WRANGLER_ALL=1. */
const WRANGLER_SAMPLE =
  process.env.BENCH_WRANGLER_ALL === '1' ? COUNT : Number(process.env.BENCH_WRANGLER_SAMPLE ?? 20);

const startDemo = () =>
  startServer(parseConfig({ DEMO: '1', DEMO_SEED: '42', DEMO_INSTANCES, PORT: '0', HOST: '127.0.0.1' }), {
    log: () => {},
  });

const apiBase = (server: RunningServer) =>
  `${server.url}/api/client/v4/accounts/${DEMO_ACCOUNT_ID}/workflows/${WORKFLOW}`;

interface Row {
  id: string;
  created_on: string;
}

/** The newest 200 errored instances and the window that holds exactly them. */
async function pickInstances(server: RunningServer): Promise<{ ids: string[]; from: string; to: string }> {
  const rows: Row[] = [];
  let cursor = '';
  while (rows.length < COUNT) {
    const url = `${apiBase(server)}/instances?status=errored&per_page=100&direction=desc${cursor ? `&cursor=${cursor}` : ''}`;
    const body = (await (await fetch(url)).json()) as { result: Row[]; result_info?: { cursor?: string } };
    rows.push(...body.result);
    cursor = body.result_info?.cursor ?? '';
    if (!cursor || body.result.length === 0) break;
  }
  const chosen = rows.slice(0, COUNT);
  if (chosen.length < COUNT) throw new Error(`only ${chosen.length} errored instances in the demo`);
  const oldest = Date.parse((chosen[COUNT - 1] as Row).created_on);
  const next = rows[COUNT] ? Date.parse(rows[COUNT].created_on) : Number.NEGATIVE_INFINITY;
  if (next === oldest) throw new Error('the 200th and 201st errored instances share a created_on');
  const newest = Date.parse((chosen[0] as Row).created_on);
  return {
    ids: chosen.map((row) => row.id),
    from: new Date(oldest).toISOString(),
    to: new Date(newest + 1000).toISOString(),
  };
}

async function timeTriage(
  browser: Browser,
  server: RunningServer,
  from: string,
  to: string,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/${DEMO_ACCOUNT_ID}/workflows/${WORKFLOW}/errors?from=${from}&to=${to}`);
  const waiting = page.waitForFunction(
    (count) =>
      document.querySelector('[data-testid="grouped-count"]')?.textContent === String(count) &&
      document.querySelector('[data-testid="errored-count"]')?.textContent === String(count) &&
      /errored instances\./.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    COUNT,
    { polling: 'raf', timeout: 40_000 },
  );
  await waiting.catch(async (error: unknown) => {
    const status = await page.getByRole('status').first().textContent();
    throw new Error(`triage did not group ${COUNT} instances at ${page.url()}: "${status}"`, {
      cause: error,
    });
  });
  // From the navigation's start (the user's click) to the frame that says all are grouped.
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

async function timeOneByOne(server: RunningServer, ids: readonly string[]): Promise<number> {
  const start = performance.now();
  for (const id of ids) await (await fetch(`${apiBase(server)}/instances/${id}`)).json();
  return performance.now() - start;
}

async function timeWrangler(server: RunningServer, ids: readonly string[]): Promise<number> {
  const run = promisify(execFile);
  const env = {
    PATH: process.env.PATH,
    HOME: mkdtempSync(join(tmpdir(), 'wrangler-home-')),
    CLOUDFLARE_API_BASE_URL: `${server.url}/api/client/v4`,
    CLOUDFLARE_API_TOKEN: 'x',
    CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    NO_COLOR: '1',
  };
  const cwd = mkdtempSync(join(tmpdir(), 'wrangler-cwd-'));
  const bin = join(PROJECT_ROOT, 'node_modules', '.bin', 'wrangler');
  const start = performance.now();
  for (const id of ids) {
    const { stdout } = await run(bin, ['workflows', 'instances', 'describe', WORKFLOW, id], {
      cwd,
      env,
      timeout: 60_000,
    });
    if (!stdout.includes(id)) throw new Error(`wrangler did not describe ${id}`);
  }
  return performance.now() - start;
}

export async function triageSpeedScenario(browser: Browser): Promise<Figure[]> {
  const samples: number[] = [];
  // A fresh server per run: the server counts every request on the token against the rate limit. Each
  // demo account is anchored at its start, so each run picks its own newest 200 errored instances.
  for (let run = 0; run < RUNS; run++) {
    const server = await startDemo();
    try {
      const picked = await pickInstances(server);
      samples.push(await timeTriage(browser, server, picked.from, picked.to));
    } finally {
      await server.close();
    }
  }
  const server = await startDemo();
  let oneByOne: number;
  let wrangler: number;
  try {
    const { ids } = await pickInstances(server);
    oneByOne = await timeOneByOne(server, ids);
    wrangler = ((await timeWrangler(server, ids.slice(0, WRANGLER_SAMPLE))) / WRANGLER_SAMPLE) * COUNT;
  } finally {
    await server.close();
  }
  const triage = median(samples);
  const sampled = WRANGLER_SAMPLE === COUNT ? 'all 200 run' : `${WRANGLER_SAMPLE} run, scaled to 200`;
  return [
    {
      scenario: 'triage 200 errored instances',
      metric: 'time until all are grouped (median, cold tab)',
      value: round(triage, 0),
      unit: 'ms',
      baseline: {
        metric: 'the 200 details fetched one by one in-process',
        value: round(oneByOne, 0),
        unit: 'ms',
      },
    },
    {
      scenario: 'triage 200 errored instances',
      metric: 'times faster than wrangler describe per instance',
      value: round(wrangler / triage, 1),
      unit: '×',
      bar: 30,
      better: 'higher',
      baseline: {
        metric: `wrangler workflows instances describe × 200 (${sampled})`,
        value: round(wrangler, 0),
        unit: 'ms',
      },
    },
  ];
}
