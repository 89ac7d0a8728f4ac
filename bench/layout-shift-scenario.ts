import type { Browser } from '@playwright/test';
import { readLayoutShifts, recordLayoutShifts } from '../scripts/layout-shift.ts';
import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import type { Figure } from './scenarios.ts';
import { round } from './stats.ts';

/** A typical laptop and a phone, each in both themes: the page lays out differently at the two widths. */
const SCREENS = [
  { width: 1280, height: 800, colorScheme: 'light' },
  { width: 1280, height: 800, colorScheme: 'dark' },
  { width: 390, height: 844, colorScheme: 'light' },
  { width: 390, height: 844, colorScheme: 'dark' },
] as const;
const LOADS_PER_SCREEN = 2;

/**
 * The workflow page's cumulative layout shift (issue #10's bar: 0.05), from navigation until the table's
 * first row is shown and the charts have drawn, in cold contexts; the worst load is reported. Its baseline
 * is the same loads with the charts' chunk held back (their reserved box stays a placeholder), which tells
 * the charts' share of any shift from the rest of the page's.
 */
export async function layoutShiftScenario(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const withCharts: number[] = [];
  const withoutCharts: number[] = [];
  for (let load = 0; load < LOADS_PER_SCREEN; load++) {
    for (const { width, height, colorScheme } of SCREENS) {
      for (const charts of [true, false]) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme });
        const page = await context.newPage();
        await recordLayoutShifts(page);
        if (!charts) await page.route(/\/assets\/charts-panel-[^/]+\.js$/, () => {});
        await page.goto(`${baseUrl}/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment`);
        await page.getByRole('grid').getByRole('gridcell').first().waitFor({ state: 'visible' });
        if (charts) {
          await page.locator('#workflow-charts svg.recharts-surface').first().waitFor({ state: 'visible' });
        }
        // Late work (the live poll's first answer, the charts' deferred redraw) lands within this.
        await page.waitForTimeout(500);
        (charts ? withCharts : withoutCharts).push((await readLayoutShifts(page)).total);
        await context.close();
      }
    }
  }
  return [
    {
      scenario: 'workflow page',
      metric: `cumulative layout shift (worst of ${withCharts.length} loads, 1280×800 and 390×844, both themes)`,
      value: round(Math.max(...withCharts), 3),
      unit: 'CLS',
      bar: 0.05,
      baseline: {
        metric: 'the same loads without the charts',
        value: round(Math.max(...withoutCharts), 3),
        unit: 'CLS',
      },
    },
  ];
}
