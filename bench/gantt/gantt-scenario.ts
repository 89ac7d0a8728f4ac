import type { Browser } from '@playwright/test';
import { LARGE_IMPORT_10K_ID, LARGE_IMPORT_25K_ID } from '../../simulator/workflows-import.ts';
import { launchPlainChromium } from '../plain-chromium.ts';
import type { Figure } from '../scenarios.ts';
import { median, percentile, round } from '../stats.ts';

/** A figure with the baseline PRODUCT.md asks for (bench/results.json `baseline`), measured in the same page. */
export type GanttFigure = Figure & { baseline: { metric: string; value: number; unit: string } };

const RUNS = 3;
const FRAMES = 120;

/**
 * The Gantt at Cloudflare's step limits (bench/gantt): first render of 10,000 steps, and Ctrl+wheel zoom and
 * Shift+wheel pan frames on 25,000 steps, each beside JSON.parse of the same instance measured in the same page.
 */
export async function ganttScenario(browser: Browser, pageUrl: string): Promise<Figure[]> {
  const renders: number[] = [];
  const models: number[] = [];
  const parses10k: number[] = [];
  const zoom: number[] = [];
  const pan: number[] = [];
  const parses25k: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await page.goto(pageUrl);
    await page.waitForFunction(() => 'ganttBench' in window);
    await page.evaluate((id) => window.ganttBench.prepare(id), LARGE_IMPORT_10K_ID);
    parses10k.push(...(await page.evaluate(() => window.ganttBench.parseBaseline(3))));
    await page.waitForTimeout(300);
    const mounted = await page.evaluate(() => window.ganttBench.mount());
    renders.push(mounted.renderMs);
    models.push(mounted.modelMs);
    await page.close();

    const big = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await big.goto(pageUrl);
    await big.waitForFunction(() => 'ganttBench' in window);
    await big.evaluate((id) => window.ganttBench.prepare(id), LARGE_IMPORT_25K_ID);
    parses25k.push(...(await big.evaluate(() => window.ganttBench.parseBaseline(3))));
    await big.evaluate(() => window.ganttBench.mount());
    zoom.push(...(await big.evaluate((n) => window.ganttBench.zoom(n), FRAMES)));
    pan.push(...(await big.evaluate((n) => window.ganttBench.pan(n), FRAMES)));
    await big.close();
  }
  const baseline = (samples: number[], what: string) => ({
    metric: `JSON.parse of the same ${what} instance (median)`,
    value: round(median(samples)),
    unit: 'ms',
  });
  return [
    {
      scenario: 'gantt 10,000 steps: first render',
      metric: 'median',
      value: round(median(renders)),
      unit: 'ms',
      bar: 150,
      baseline: baseline(parses10k, '10,000-step'),
    },
    {
      scenario: 'gantt 10,000 steps: first render',
      metric: 'of which building the model (median)',
      value: round(median(models)),
      unit: 'ms',
    },
    {
      scenario: 'gantt 25,000 steps: zoom frame p95',
      metric: 'p95 frame work',
      value: round(percentile(zoom, 95)),
      unit: 'ms',
      bar: 16.7,
      baseline: baseline(parses25k, '25,000-step'),
    },
    {
      scenario: 'gantt 25,000 steps: pan frame p95',
      metric: 'p95 frame work',
      value: round(percentile(pan, 95)),
      unit: 'ms',
      bar: 16.7,
      baseline: baseline(parses25k, '25,000-step'),
    },
  ];
}

const NAV_RUNS = 5;

/**
 * "First bars of a 10,000-step instance within 1 s of navigation on loopback, fetch included": a cold page
 * opens the instance URL on the demo server; the value is the Gantt's User Timing mark of its first painted
 * bars (from navigation start) plus the frame that shows them. Baseline: the same page fetching the same
 * instance and JSON.parse-ing it, with nothing else.
 */
export async function firstBarsScenario(
  browser: Browser,
  baseUrl: string,
  accountId: string,
): Promise<GanttFigure[]> {
  const path = `/${accountId}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`;
  const api = `/api/client/v4/accounts/${accountId}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`;
  const bars: number[] = [];
  const fetches: number[] = [];
  for (let run = 0; run < NAV_RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    await page.waitForFunction(() => performance.getEntriesByName('gantt:first-bars').length > 0, null, {
      timeout: 30_000,
    });
    bars.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            requestAnimationFrame(() => {
              const mark = performance.getEntriesByName('gantt:first-bars')[0];
              resolve(Math.max(mark?.startTime ?? 0, performance.now()));
            }),
          ),
      ),
    );
    fetches.push(
      await page.evaluate(async (url) => {
        const t0 = performance.now();
        await (await fetch(url)).json();
        return performance.now() - t0;
      }, api),
    );
    await context.close();
  }
  const plain = await firstBarsPlain(`${baseUrl}${path}`, api);
  return [
    {
      scenario: 'gantt 10,000 steps: first bars after navigation',
      metric: 'median, cold context, fetch included, browser without DevTools network instrumentation',
      value: round(median(plain.map((run) => run.shown))),
      unit: 'ms',
      bar: 1000,
      baseline: {
        metric: 'fetch + JSON.parse of the same instance, same browser (median)',
        value: round(median(plain.map((run) => run.fetchParse))),
        unit: 'ms',
      },
    },
    {
      scenario: 'gantt 10,000 steps: first bars after navigation',
      metric: 'median, cold context, fetch included, under Playwright',
      value: round(median(bars)),
      unit: 'ms',
      bar: 1000,
      baseline: {
        metric: 'fetch + JSON.parse of the same instance (median)',
        value: round(median(fetches)),
        unit: 'ms',
      },
    },
  ];
}

/**
 * The same navigation in a Chromium driven over bare CDP (bench/plain-chromium.ts): Playwright's Network domain
 * makes Chromium copy every response chunk to DevTools, which a user's browser does not do. The page records
 * the first bars' frame, then times fetch + JSON.parse of the same instance as the baseline.
 */
async function firstBarsPlain(
  pageUrl: string,
  api: string,
): Promise<{ shown: number; fetchParse: number }[]> {
  const setup = `new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'gantt:first-bars' || window.__bench) continue;
      window.__bench = 'pending';
      requestAnimationFrame(async () => {
        const shown = Math.max(entry.startTime, performance.now());
        const t0 = performance.now();
        await (await fetch(${JSON.stringify(api)})).json();
        window.__bench = { shown, fetchParse: performance.now() - t0 };
      });
    }
  }).observe({ type: 'mark', buffered: true });`;
  const chromium = await launchPlainChromium();
  const runs: { shown: number; fetchParse: number }[] = [];
  try {
    for (let run = 0; run < NAV_RUNS; run++) {
      const value = await chromium.measure(
        pageUrl,
        setup,
        "typeof window.__bench === 'object' ? window.__bench : null",
      );
      runs.push(value as { shown: number; fetchParse: number });
    }
  } finally {
    await chromium.close();
  }
  return runs;
}
