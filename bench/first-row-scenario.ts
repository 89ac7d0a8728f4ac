import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { launchPlainChromium } from './plain-chromium.ts';
import type { Figure } from './scenarios.ts';
import { median, round } from './stats.ts';

const RUNS = 5;

/**
 * Installed before the page's scripts: once the instance table's first cell is in the document, the
 * timestamp of the next frame after the one that painted it (as the Gantt's `gantt:first-bars-shown`), from
 * navigation start, lands in `window.__firstRow`.
 */
const FIRST_ROW_PROBE = `new MutationObserver((_, observer) => {
  if (!document.querySelector('[role="grid"] [role="gridcell"]')) return;
  observer.disconnect();
  requestAnimationFrame(() => requestAnimationFrame((frame) => { window.__firstRow = frame; }));
}).observe(document, { childList: true, subtree: true });`;

/**
 * "First table row visible within 1 s of opening a workflow URL on loopback": the workflow's URL opened in a
 * new tab of the running browser, cold (HTTP and code cache cleared, a renderer no earlier page used), over
 * bare CDP, as bench/plain-chromium.ts explains; the same page in a fresh headless context, for comparison.
 */
export async function firstRowInTabScenario(baseUrl: string): Promise<Figure[]> {
  const url = `${baseUrl}/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment`;
  const inTab: number[] = [];
  const inContext: number[] = [];
  const chromium = await launchPlainChromium();
  try {
    for (let run = 0; run < RUNS; run++)
      inTab.push((await chromium.measure(url, FIRST_ROW_PROBE, 'window.__firstRow ?? null')) as number);
    for (let run = 0; run < RUNS; run++)
      inContext.push(
        (await chromium.measureInNewContext(url, FIRST_ROW_PROBE, 'window.__firstRow ?? null')) as number,
      );
  } finally {
    await chromium.close();
  }
  return [
    {
      scenario: 'open workflow URL',
      metric: 'first row on screen (median, link opened in a new tab, cold)',
      value: round(median(inTab)),
      unit: 'ms',
      bar: 1000,
    },
    {
      scenario: 'open workflow URL',
      metric: 'first row on screen (median, fresh context in a new headless window, for comparison)',
      value: round(median(inContext)),
      unit: 'ms',
    },
  ];
}
