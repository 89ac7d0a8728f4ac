/**
 * `npm run bench`: the performance suite (PRODUCT.md "Quality bars"). A benchmark, not a test: it prints
 * medians and percentiles from one run and writes bench/results.json; it fails nothing.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../server/config.ts';
import { PROJECT_ROOT, startServer } from '../server/main.ts';
import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { launchBrowser } from './browser.ts';
import { chartsComputeScenario, chartsFirstRowScenario } from './charts-scenario.ts';
import { firstRowInTabScenario } from './first-row-scenario.ts';
import { firstBarsScenario, ganttScenario } from './gantt/gantt-scenario.ts';
import { buildApp, serveHarness } from './harness.ts';
import { layoutShiftScenario } from './layout-shift-scenario.ts';
import { proxyLoadScenario } from './proxy-load.ts';
import { type Figure, initialJavaScript, proxyScenario, tableScenario } from './scenarios.ts';
import { simulatorScenario } from './simulator-scenario.ts';
import { triageQualityFigures } from './triage/triage-quality.ts';
import { triageSpeedScenario } from './triage/triage-speed.ts';

const distDir = join(PROJECT_ROOT, 'dist');

await buildApp();
const table = await serveHarness('table', 'dist');
const tableUrl = table.url;
const gantt = await serveHarness('gantt', 'dist-gantt');
const ganttUrl = gantt.url;

const demo = await startServer(parseConfig({ DEMO: '1', DEMO_SEED: '42', PORT: '0' }), { log: () => {} });
const browser = await launchBrowser();
const figures: Figure[] = [];
try {
  figures.push(...initialJavaScript(distDir));
  figures.push(...(await firstRowInTabScenario(demo.url)));
  figures.push(...(await chartsFirstRowScenario(browser, demo.url)));
  figures.push(...(await layoutShiftScenario(browser, demo.url)));
  figures.push(...chartsComputeScenario());
  figures.push(...(await tableScenario(browser, tableUrl, 50_000)));
  figures.push(...(await ganttScenario(browser, ganttUrl)));
  figures.push(...(await firstBarsScenario(browser, demo.url, DEMO_ACCOUNT_ID)));
  figures.push(...(await proxyScenario()));
  figures.push(...(await proxyLoadScenario()));
  figures.push(...(await simulatorScenario()));
  figures.push(...triageQualityFigures());
  figures.push(...(await triageSpeedScenario(browser)));
} finally {
  await browser.close();
  await demo.close();
  await table.close();
  await gantt.close();
}

const rows = figures.map((figure) => ({
  scenario: figure.scenario,
  metric: figure.metric,
  value: `${figure.value} ${figure.unit}`,
  bar:
    figure.bar === undefined ? '' : `${figure.better === 'higher' ? '≥' : '≤'} ${figure.bar} ${figure.unit}`,
  ok: figure.bar === undefined ? '' : meetsBar(figure, figure.bar) ? 'yes' : 'NO',
  baseline: figure.baseline ? `${figure.baseline.value} ${figure.baseline.unit}` : '',
}));
console.table(rows);
writeFileSync(
  join(PROJECT_ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`,
);
console.log('wrote bench/results.json');

function meetsBar(figure: Figure, bar: number): boolean {
  return figure.better === 'higher' ? figure.value >= bar : figure.value <= bar;
}
