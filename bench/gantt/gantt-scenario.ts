import type { Browser } from '@playwright/test';
import { LARGE_IMPORT_10K_ID, LARGE_IMPORT_25K_ID } from '../../simulator/workflows-import.ts';
import { FIRST_BARS_SHOWN_MARK } from '../../src/features/instance-view/gantt/use-gantt-paint.ts';
import { launchPlainChromium } from '../plain-chromium.ts';
import type { Figure } from '../scenarios.ts';
import { median, percentile, round } from '../stats.ts';

/** A figure with the baseline PRODUCT.md asks for (bench/results.json `baseline`), measured in the same page. */
export type GanttFigure = Figure & { baseline: { metric: string; value: number; unit: string } };

/** Pages per figure: a cold first render varies by a third from page to page, so it gets more of them. */
const RENDER_RUNS = 7;
const FRAME_RUNS = 3;
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
  for (let run = 0; run < RENDER_RUNS; run++) {
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
  }
  for (let run = 0; run < FRAME_RUNS; run++) {
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

/** Cold loads per navigation figure: one load varies by ±10 % on these machines. */
const NAV_RUNS = 7;

/**
 * Installed before the page's own scripts: once the Gantt marks its first bars as shown (FIRST_BARS_SHOWN_MARK:
 * the start of the frame after the one that painted them), times fetch + JSON.parse of `api` in the same
 * page, the baseline. The result lands in `window.__firstBars`; `shown` counts from navigation start, or from
 * the click when the instance was opened from the app (a click listener that runs before the app's own).
 */
export function firstBarsProbe(api: string): string {
  return `addEventListener('click', () => { window.__clickedAt ??= performance.now(); }, true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== ${JSON.stringify(FIRST_BARS_SHOWN_MARK)} || window.__firstBars) continue;
      window.__firstBars = 'pending';
      (async () => {
        const t0 = performance.now();
        await (await fetch(${JSON.stringify(api)})).json();
        window.__firstBars = { shown: entry.startTime - (window.__clickedAt ?? 0), fetchParse: performance.now() - t0 };
      })();
    }
  }).observe({ type: 'mark', buffered: true });`;
}

type FirstBarsRun = { shown: number; fetchParse: number };
/** Read over bare CDP (Runtime.evaluate is not subject to the page's CSP). */
export const FIRST_BARS_RESULT = "typeof window.__firstBars === 'object' ? window.__firstBars : null";

/**
 * "First bars of a 10,000-step instance within 1 s of navigation on loopback, fetch included", on the demo
 * server; the value is the Gantt's mark of its first bars on screen (the start of the frame after the one
 * that painted them). Baseline: the same page fetching the same instance and JSON.parse-ing it, nothing else.
 * - The bar's two navigations, in a Chromium driven over bare CDP (no DevTools network instrumentation):
 *   the instance's link opened in a new tab of the running browser, cold (HTTP and code cache cleared, a
 *   renderer no earlier page used), from navigation start; and the instance opened from its workflow's
 *   table (the app already running), from the click.
 * - For comparison, without a bar: a cold page in a fresh browser context, which headless Chromium opens in a
 *   window of its own whose browser UI pages load on the same two cores meanwhile (bench/plain-chromium.ts);
 *   and that under Playwright, whose network instrumentation also copies the 4 MB body to DevTools.
 */
export async function firstBarsScenario(
  browser: Browser,
  baseUrl: string,
  accountId: string,
): Promise<GanttFigure[]> {
  const path = `/${accountId}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`;
  const api = `/api/client/v4/accounts/${accountId}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`;
  const probe = firstBarsProbe(api);
  const link = `document.querySelector('a[href$="/instances/${LARGE_IMPORT_10K_ID}"]')`;
  // A user clicks once the table is on screen: here, once the link and the workflow's charts are drawn.
  const charts = "document.querySelector('#workflow-charts svg.recharts-surface')";
  const click = { ready: `!!${link} && !!${charts}`, action: `${link}.click()` };
  const newTab: FirstBarsRun[] = [];
  const inApp: FirstBarsRun[] = [];
  const newContext: FirstBarsRun[] = [];
  const chromium = await launchPlainChromium();
  try {
    const table = `${baseUrl}/${accountId}/workflows/large-import?q=${LARGE_IMPORT_10K_ID}`;
    for (let run = 0; run < NAV_RUNS; run++)
      newTab.push((await chromium.measure(`${baseUrl}${path}`, probe, FIRST_BARS_RESULT)) as FirstBarsRun);
    for (let run = 0; run < NAV_RUNS; run++)
      inApp.push((await chromium.measure(table, probe, FIRST_BARS_RESULT, { click })) as FirstBarsRun);
    for (let run = 0; run < NAV_RUNS; run++)
      newContext.push(
        (await chromium.measureInNewContext(`${baseUrl}${path}`, probe, FIRST_BARS_RESULT)) as FirstBarsRun,
      );
  } finally {
    await chromium.close();
  }
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
  const figure = (runs: FirstBarsRun[], how: string, bar?: number): GanttFigure => ({
    scenario: 'gantt 10,000 steps: first bars after navigation',
    metric: `median, fetch included, ${how}`,
    value: round(median(runs.map((run) => run.shown))),
    unit: 'ms',
    ...(bar === undefined ? {} : { bar }),
    baseline: {
      metric: 'fetch + JSON.parse of the same instance, same page (median)',
      value: round(median(runs.map((run) => run.fetchParse))),
      unit: 'ms',
    },
  });
  return [
    figure(newTab, 'link opened in a new tab, cold (cache cleared, fresh renderer)', 1000),
    figure(inApp, "opened from the workflow's table, from the click", 1000),
    figure(newContext, 'fresh browser context in a new headless window (for comparison)'),
    figure(underPlaywright, 'fresh context under Playwright (for comparison)'),
  ];
}
