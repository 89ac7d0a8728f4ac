import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { parseConfig } from '../server/config.ts';
import { startServer } from '../server/main.ts';
import { createSimulator, DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import type { Figure } from './scenarios.ts';
import { median, percentile, round } from './stats.ts';

/** Bounded in count and in time: a run never sends more than this, nor goes on past the deadline. */
const REQUESTS = 2000;
const CONCURRENCY = 200;
const DEADLINE_MS = 30_000;

interface LoadResult {
  latencies: number[];
  errors: number;
  seconds: number;
}

/** `REQUESTS` GETs, `CONCURRENCY` at a time; each URL is unique so that none is coalesced away. */
async function load(base: string, label: string): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < REQUESTS && performance.now() - started < DEADLINE_MS) {
      const i = next++;
      const end = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
      const url = `${base}/accounts/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment/instances?per_page=10&date_end=${end}&${label}`;
      const sent = performance.now();
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return {
    latencies,
    errors: errors + (REQUESTS - latencies.length),
    seconds: (performance.now() - started) / 1000,
  };
}

const megabytes = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Heap and RSS after a full collection when node runs with --expose-gc (otherwise as they are). */
function memory(): NodeJS.MemoryUsage {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage();
}

/**
 * Hundreds of concurrent requests through the server in live mode against the simulator behind a plain
 * HTTP server on 127.0.0.1, beside the same load sent to it directly. Client, server and upstream share
 * this process (and its two cores), so the added latency under load is an upper bound.
 */
export async function proxyLoadScenario(): Promise<Figure[]> {
  const simulator = createSimulator({ seed: 42, instances: 3000 });
  const upstream = createServer(getRequestListener((request) => simulator.fetch(request)));
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/client/v4`;
  const server = await startServer(
    parseConfig({
      CLOUDFLARE_API_TOKEN: 'bench-load-token',
      CLOUDFLARE_ACCOUNT_ID: DEMO_ACCOUNT_ID,
      CLOUDFLARE_API_BASE_URL: base,
      HOST: '127.0.0.1',
      PORT: '0',
    }),
    { distDir: false, log: () => {} },
  );
  try {
    await load(base, 'status=complete');
    const direct = await load(base, 'direction=desc');
    const before = memory();
    const proxied = await load(`${server.url}/api/client/v4`, 'direction=desc');
    await load(`${server.url}/api/client/v4`, 'direction=asc');
    const after = memory();
    const scenario = `proxy under load (${REQUESTS} requests, ${CONCURRENCY} concurrent)`;
    const directRate = round(direct.latencies.length / direct.seconds, 0);
    const directP50 = round(median(direct.latencies));
    const directP99 = round(percentile(direct.latencies, 99));
    return [
      {
        scenario,
        metric: 'throughput through the server',
        value: round(proxied.latencies.length / proxied.seconds, 0),
        unit: 'req/s',
        better: 'higher',
        baseline: { metric: 'throughput direct to upstream', value: directRate, unit: 'req/s' },
      },
      {
        scenario,
        metric: 'added latency p50',
        value: round(median(proxied.latencies) - directP50),
        unit: 'ms',
        baseline: { metric: 'direct to upstream p50', value: directP50, unit: 'ms' },
      },
      {
        scenario,
        metric: 'added latency p99',
        value: round(percentile(proxied.latencies, 99) - directP99),
        unit: 'ms',
        baseline: { metric: 'direct to upstream p99', value: directP99, unit: 'ms' },
      },
      {
        scenario,
        metric: 'failed requests',
        value: proxied.errors,
        unit: 'requests',
        bar: 0,
        baseline: { metric: 'failed direct', value: direct.errors, unit: 'requests' },
      },
      {
        scenario,
        metric: 'heap growth over two load rounds',
        value: megabytes(after.heapUsed - before.heapUsed),
        unit: 'MB',
        baseline: { metric: 'heap before', value: megabytes(before.heapUsed), unit: 'MB' },
      },
      {
        scenario,
        metric: 'RSS growth over two load rounds',
        value: megabytes(after.rss - before.rss),
        unit: 'MB',
        baseline: { metric: 'RSS before', value: megabytes(before.rss), unit: 'MB' },
      },
    ];
  } finally {
    await server.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  }
}
