import type { Browser } from '@playwright/test';
import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { sortedCopy } from '../src/lib/chart-data/percentiles.ts';
import type { ChartInstance } from '../src/lib/chart-data/series-types.ts';
import { shapeDurations } from '../src/lib/chart-data/shape-durations.ts';
import { shapeStatusTimeSeries } from '../src/lib/chart-data/shape-time-series.ts';
import type { Figure } from './scenarios.ts';
import { median, round } from './stats.ts';

const DAY = 86_400_000;
const STATUSES = [
  'complete',
  'complete',
  'complete',
  'complete',
  'errored',
  'terminated',
  'running',
  'queued',
];

/** 50,000 instances over 30 days, with a seeded spread of statuses and durations. */
function syntheticInstances(count: number, end: number): ChartInstance[] {
  let seed = 20261201;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return Array.from({ length: count }, () => {
    const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 'complete';
    const createdMs = end - random() * 30 * DAY;
    const startedMs = status === 'queued' ? null : createdMs + random() * 1000;
    const endedMs =
      startedMs === null || status === 'running' ? null : startedMs + Math.exp(random() * 14) * 10;
    return { status, createdMs, startedMs, endedMs };
  });
}

/**
 * The charts' data work on 50,000 loaded instances (30 days in automatic buckets, the error rate, the
 * duration histogram and every percentile), against its baseline: sorting the same durations once.
 */
export function chartsComputeScenario(count = 50_000): Figure[] {
  const end = Date.UTC(2026, 11, 1);
  const instances = syntheticInstances(count, end);
  const durations = instances.flatMap((i) =>
    i.startedMs !== null && i.endedMs !== null ? [i.endedMs - i.startedMs] : [],
  );
  const coverage = { total: count, exact: true, source: 'loaded-instances' as const, loadedFrom: null };
  const shape: number[] = [];
  const sort: number[] = [];
  for (let run = 0; run < 15; run++) {
    let start = performance.now();
    shapeStatusTimeSeries(
      instances,
      { start: end - 30 * DAY, end },
      { timeZone: 'Europe/Berlin', now: end, coverage },
    );
    shapeDurations(instances);
    shape.push(performance.now() - start);
    start = performance.now();
    sortedCopy(durations);
    sort.push(performance.now() - start);
  }
  return [
    {
      scenario: `charts ${count.toLocaleString('en-US')} instances`,
      metric: 'bucket and percentile time (median)',
      value: round(median(shape.slice(3))),
      unit: 'ms',
      baseline: { metric: 'sorting the same durations', value: round(median(sort.slice(3))), unit: 'ms' },
    },
  ];
}

/**
 * What the charts cost the first row, under Playwright in fresh contexts (no bar: the bar is measured as a user
 * opens a link, first-row-scenario.ts).
 * The table's first row with the charts on the page and without them (their chunk held back, so the page
 * is the same but for the charts), and when the charts draw. The load's layout shift is layout-shift-scenario.ts.
 */
export async function chartsFirstRowScenario(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const withCharts: number[] = [];
  const withoutCharts: number[] = [];
  const chartsDrawn: number[] = [];
  for (let run = 0; run < 5; run++) {
    for (const charts of [true, false]) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      if (!charts) await page.route(/\/assets\/charts-panel-[^/]+\.js$/, () => {});
      const start = Date.now();
      await page.goto(`${baseUrl}/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment`);
      await page.getByRole('grid').getByRole('gridcell').first().waitFor({ state: 'visible' });
      (charts ? withCharts : withoutCharts).push(Date.now() - start);
      if (charts) {
        await page.locator('#workflow-charts svg.recharts-surface').first().waitFor({ state: 'visible' });
        chartsDrawn.push(Date.now() - start);
      }
      await context.close();
    }
  }
  const scenario = 'open workflow URL, charts on the page';
  return [
    {
      scenario,
      metric: 'first row visible (median, cold context under Playwright)',
      value: median(withCharts),
      unit: 'ms',
      baseline: { metric: 'first row without the charts', value: median(withoutCharts), unit: 'ms' },
    },
    { scenario, metric: 'charts drawn (median)', value: median(chartsDrawn), unit: 'ms' },
  ];
}
