import type { Browser } from '@playwright/test';
import { LARGE_IMPORT_10K_ID, LARGE_IMPORT_25K_ID } from '../../simulator/workflows-import.ts';
import { FIRST_BARS_SHOWN_MARK } from '../../src/features/instance-view/gantt/use-gantt-paint.ts';
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
 * Installed before the page's own scripts: once the Gantt marks its first bars as shown (FIRST_BARS_SHOWN_MARK:
 * the start of the frame after the one that painted them), times fetch + JSON.parse of `api` in the same
 * page, the baseline. The result lands in `window.__firstBars`.
 */
function firstBarsProbe(api: string): string {
  return `new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== ${JSON.stringify(FIRST_BARS_SHOWN_MARK)} || window.__firstBars) continue;
      window.__firstBars = 'pending';
      (async () => {
        const t0 = performance.now();
        await (await fetch(${JSON.stringify(api)})).json();
        window.__firstBars = { shown: entry.startTime, fetchParse: performance.now() - t0 };
      })();
    }
  }).observe({ type: 'mark', buffered: true });`;
}

type FirstBarsRun = { shown: number; fetchParse: number };
/** Read over bare CDP (Runtime.evaluate is not subject to the page's CSP). */
const FIRST_BARS_RESULT = "typeof window.__firstBars === 'object' ? window.__firstBars : null";

/**
 * "First bars of a 10,000-step instance within 1 s of navigation on loopback, fetch included": a cold page
 * opens the instance URL on the demo server; the value is the Gantt's mark of its first bars on screen (the
 * start of the frame after the one that painted them), from navigation start. Baseline: the same page
 * fetching the same instance and JSON.parse-ing it, with nothing else. Measured twice: in a Chromium driven
 * over bare CDP (what a user's browser does) and under Playwright, whose DevTools network instrumentation
 * slows a 4 MB body.
 */
export async function firstBarsScenario(
  browser: Browser,
  baseUrl: string,
  accountId: string,
): Promise<GanttFigure[]> {
  const path = `/${accountId}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`;
  const api = `/api/client/v4/accounts/${accountId}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`;
  const probe = firstBarsProbe(api);
  const underPlaywright: FirstBarsRun[] = [];
  for (let run = 0; run < NAV_RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(probe);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`);
    // A function, not FIRST_BARS_RESULT: the app's CSP forbids evaluating strings in the page.
    const result = await page.waitForFunction(
      () => {
        const value = (window as { __firstBars?: unknown }).__firstBars;
        return typeof value === 'object' ? value : null;
      },
      null,
      { timeout: 30_000 },
    );
    underPlaywright.push((await result.jsonValue()) as FirstBarsRun);
    await context.close();
  }
  const plain: FirstBarsRun[] = [];
  const chromium = await launchPlainChromium();
  try {
    for (let run = 0; run < NAV_RUNS; run++) {
      plain.push((await chromium.measure(`${baseUrl}${path}`, probe, FIRST_BARS_RESULT)) as FirstBarsRun);
    }
  } finally {
    await chromium.close();
  }
  const figure = (runs: FirstBarsRun[], how: string): GanttFigure => ({
    scenario: 'gantt 10,000 steps: first bars after navigation',
    metric: `median, cold context, fetch included, ${how}`,
    value: round(median(runs.map((run) => run.shown))),
    unit: 'ms',
    bar: 1000,
    baseline: {
      metric: 'fetch + JSON.parse of the same instance, same page (median)',
      value: round(median(runs.map((run) => run.fetchParse))),
      unit: 'ms',
    },
  });
  return [
    figure(plain, 'browser without DevTools network instrumentation'),
    figure(underPlaywright, 'under Playwright'),
  ];
}
