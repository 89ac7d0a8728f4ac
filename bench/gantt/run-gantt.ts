/**
 * Only the Gantt figures of `npm run bench` (the same scenarios, builds and servers), for iterating on them:
 * `node bench/gantt/run-gantt.ts`.
 */
import { parseConfig } from '../../server/config.ts';
import { startServer } from '../../server/main.ts';
import { DEMO_ACCOUNT_ID } from '../../simulator/index.ts';
import { launchBrowser } from '../browser.ts';
import { buildApp, serveHarness } from '../harness.ts';
import { firstBarsScenario, ganttScenario } from './gantt-scenario.ts';

await buildApp();
const gantt = await serveHarness('gantt', 'dist-gantt');
const ganttUrl = gantt.url;
const demo = await startServer(parseConfig({ DEMO: '1', DEMO_SEED: '42', PORT: '0' }), { log: () => {} });
const browser = await launchBrowser();
try {
  const only = process.env.GANTT_ONLY;
  const figures = [
    ...(only === 'nav' ? [] : await ganttScenario(browser, ganttUrl)),
    ...(only === 'render' ? [] : await firstBarsScenario(browser, demo.url, DEMO_ACCOUNT_ID)),
  ];
  console.table(
    figures.map((f) => ({
      scenario: f.scenario,
      metric: f.metric,
      value: `${f.value} ${f.unit}`,
      bar: f.bar ?? '',
      baseline: f.baseline ? `${f.baseline.value} ${f.baseline.unit}` : '',
    })),
  );
} finally {
  await browser.close();
  await demo.close();
  await gantt.close();
}
