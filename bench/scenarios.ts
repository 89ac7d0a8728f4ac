import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import type { Browser } from '@playwright/test';
import { parseConfig } from '../server/config.ts';
import { PROJECT_ROOT, startServer } from '../server/main.ts';
import { createSimulator, DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { median, percentile, round } from './stats.ts';

export interface Figure {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  /** The PRODUCT.md bar, in the same unit; `lower` means the value must stay under it. */
  bar?: number;
  /** `lower` (default: value <= bar meets it) or `higher` (a throughput, a ratio: value >= bar). */
  better?: 'lower' | 'higher';
  /** The same work measured in the same run without the thing under test (PRODUCT.md). */
  baseline?: { metric: string; value: number; unit: string };
}

/** Gzipped size of the JavaScript index.html loads before anything else (entry + modulepreloads). */
export function initialJavaScript(distDir: string): Figure[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file))).length, 0);
  return [
    { scenario: 'bundle', metric: 'initial JS (gzip)', value: round(bytes / 1024, 1), unit: 'KB', bar: 200 },
  ];
}

/** Fresh pages per table figure: timings on shared machines swing by a third, so take medians of several. */
const TABLE_RUNS = 5;

/** The instance table with 50,000 loaded rows, mounted alone with synthetic rows (bench/table). */
export async function tableScenario(browser: Browser, pageUrl: string, rows: number): Promise<Figure[]> {
  const renders: number[] = [];
  const sorts = new Map<string, number[]>();
  const scrollWork: Record<string, number[]> = { brisk: [], fling: [] };
  let scrollDeltas: number[] = [];
  const ticks: number[] = [];
  let maxRows = 0;
  for (let run = 0; run < TABLE_RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(pageUrl);
    await page.waitForFunction(() => 'tableBench' in window);
    await page.evaluate((count) => window.tableBench.prepare(count), rows);
    // In the app the rows were loaded well before the table mounts (paging in, or cached while an instance
    // was open): let the browser be idle for a moment, as it would have been, before timing the render.
    await page.waitForTimeout(500);
    const mount = await page.evaluate(() => window.tableBench.mount());
    renders.push(mount.renderMs);
    for (const column of [
      'status',
      'started_on',
      'ended_on',
      'duration',
      'modified_on',
      'id',
      'created_on',
    ]) {
      for (const desc of [false, true]) {
        const ms = await page.evaluate(
          ([c, d]) => window.tableBench.sort(c as never, d as boolean),
          [column, desc],
        );
        sorts.set(column, [...(sorts.get(column) ?? []), ms]);
      }
    }
    await page.evaluate(() => window.tableBench.sort('created_on', true));
    // The clock ticks every second: relative times and live durations re-render without scrolling.
    for (let tick = 0; tick < 10; tick++) ticks.push(await page.evaluate(() => window.tableBench.tick()));
    // Brisk: 120 px a frame (7,200 px/s, a fast wheel or trackpad scroll). Fling: 420 px a frame.
    for (const [kind, step] of [
      ['brisk', 120],
      ['fling', 420],
    ] as const) {
      const scroll = await page.evaluate((px) => window.tableBench.scroll(200, px), step);
      scrollWork[kind]?.push(...scroll.work);
      scrollDeltas = scrollDeltas.concat(scroll.deltas);
      maxRows = Math.max(maxRows, scroll.maxRows, mount.domRows);
    }
    await page.close();
  }
  const allSorts = [...sorts.values()].flat();
  const scenario = `table ${rows.toLocaleString('en-US')} rows`;
  return [
    {
      scenario,
      metric: 'first render (median)',
      value: round(median(renders)),
      unit: 'ms',
      bar: 100,
    },
    {
      scenario,
      metric: 'sort, worst column (median)',
      value: round(Math.max(...[...sorts.values()].map(median))),
      unit: 'ms',
      bar: 150,
    },
    {
      scenario,
      metric: 'sort, all columns p95',
      value: round(percentile(allSorts, 95)),
      unit: 'ms',
      bar: 150,
    },
    {
      scenario,
      metric: 'scroll frame work p95, brisk 120 px/frame',
      value: round(percentile(scrollWork.brisk ?? [], 95)),
      unit: 'ms',
      bar: 16.7,
    },
    {
      scenario,
      metric: 'scroll frame work p95, fling 420 px/frame',
      value: round(percentile(scrollWork.fling ?? [], 95)),
      unit: 'ms',
      bar: 16.7,
    },
    {
      scenario,
      metric: 'clock tick re-render p95 (once a second)',
      value: round(percentile(ticks, 95)),
      unit: 'ms',
      bar: 16.7,
    },
    {
      scenario,
      metric: 'scroll frame interval p95',
      value: round(percentile(scrollDeltas, 95)),
      unit: 'ms',
    },
    {
      scenario,
      metric: 'DOM rows (max)',
      value: maxRows,
      unit: 'rows',
      bar: 300,
    },
  ];
}

async function timeRequests(url: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Proxy overhead: the simulator behind a plain HTTP server is "Cloudflare"; the same request is timed
 * directly and through the dashboard server in live mode. Also counts upstream requests for status counts.
 */
export async function proxyScenario(): Promise<Figure[]> {
  const simulator = createSimulator({ seed: 42, instances: 3000 });
  const upstreamPaths: string[] = [];
  const listener = getRequestListener((request) => {
    upstreamPaths.push(new URL(request.url).pathname);
    return simulator.fetch(request);
  });
  const upstream = createServer(listener);
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const port = (upstream.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}/client/v4`;
  const server = await startServer(
    parseConfig({
      CLOUDFLARE_API_TOKEN: 'bench-token',
      CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
      CLOUDFLARE_API_BASE_URL: base,
      PORT: '0',
    }),
    { distDir: join(PROJECT_ROOT, 'dist'), log: () => {} },
  );
  try {
    const path = `/accounts/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment/instances?per_page=50`;
    await timeRequests(`${base}${path}`, 50);
    await timeRequests(`${server.url}/api/client/v4${path}`, 50);
    const direct: number[] = [];
    const proxied: number[] = [];
    for (let round = 0; round < 10; round++) {
      direct.push(...(await timeRequests(`${base}${path}`, 40)));
      proxied.push(...(await timeRequests(`${server.url}/api/client/v4${path}`, 40)));
    }
    upstreamPaths.length = 0;
    await fetch(`${server.url}/api/client/v4/accounts/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment`);
    const countRequests = upstreamPaths.length;
    return [
      { scenario: 'proxy', metric: 'direct to upstream p50', value: round(median(direct)), unit: 'ms' },
      { scenario: 'proxy', metric: 'through the server p50', value: round(median(proxied)), unit: 'ms' },
      {
        scenario: 'proxy',
        metric: 'added at p50',
        value: round(median(proxied) - median(direct)),
        unit: 'ms',
        bar: 2,
      },
      {
        scenario: 'status counts',
        metric: 'upstream requests for one workflow',
        value: countRequests,
        unit: 'requests',
        bar: 1,
      },
    ];
  } finally {
    await server.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  }
}
