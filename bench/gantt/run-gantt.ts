/**
 * Only the Gantt figures of `npm run bench` (the same scenarios, builds and servers), for iterating on them:
 * `node bench/gantt/run-gantt.ts`.
 */
import { join } from 'node:path';
import { build, preview } from 'vite';
import { parseConfig } from '../../server/config.ts';
import { PROJECT_ROOT, startServer } from '../../server/main.ts';
import { DEMO_ACCOUNT_ID } from '../../simulator/index.ts';
import { launchBrowser } from '../browser.ts';
import { firstBarsScenario, ganttScenario } from './gantt-scenario.ts';

const quiet = { logLevel: 'warn' as const };
await build({ ...quiet, root: PROJECT_ROOT });
const ganttDist = join(PROJECT_ROOT, 'bench', 'dist-gantt');
const ganttConfig = {
  ...quiet,
  root: join(PROJECT_ROOT, 'bench', 'gantt'),
  configFile: join(PROJECT_ROOT, 'vite.config.ts'),
};
await build({ ...ganttConfig, build: { outDir: ganttDist, emptyOutDir: true } });
const ganttPreview = await preview({
  ...ganttConfig,
  build: { outDir: ganttDist },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
});
const ganttUrl = ganttPreview.resolvedUrls?.local[0] ?? '';
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
  await ganttPreview.close();
}
