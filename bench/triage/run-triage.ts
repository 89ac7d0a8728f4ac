/**
 * The triage figures alone (`node bench/triage/run-triage.ts`, after `npx vite build`): grouping quality on
 * the corpus, and the 200-instance timing against wrangler. `npm run bench` runs them with the rest.
 */
import { launchBrowser } from '../browser.ts';
import { triageQualityFigures } from './triage-quality.ts';
import { triageSpeedScenario } from './triage-speed.ts';

const figures = triageQualityFigures();
const browser = await launchBrowser();
try {
  figures.push(...(await triageSpeedScenario(browser)));
} finally {
  await browser.close();
}
console.log(JSON.stringify(figures, null, 2));
