/**
 * `node bench/ab-first-bars.ts <serverA> <serverB> [loads]`: the Gantt's first bars of the 10,000-step demo
 * instance, its link opened cold in a new tab (bench/plain-chromium.ts, as in `npm run bench`), alternating
 * two running demo servers load by load in one browser. This machine's speed drifts by a quarter within
 * minutes, so two builds are compared this way, never across separate runs. Start each server with
 * `DEMO=1 DEMO_SEED=42 HOST=127.0.0.1 PORT=… node server/main.ts` from its own checkout (and build).
 */
import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { LARGE_IMPORT_10K_ID } from '../simulator/workflows-import.ts';
import { FIRST_BARS_RESULT, firstBarsProbe } from './gantt/gantt-scenario.ts';
import { launchPlainChromium } from './plain-chromium.ts';
import { median } from './stats.ts';

const [serverA, serverB, count] = process.argv.slice(2);
if (!serverA || !serverB) {
  console.error('usage: node bench/ab-first-bars.ts <serverA> <serverB> [loads, default 11]');
  process.exit(2);
}
const loads = Number(count ?? 11);
const path = `/${DEMO_ACCOUNT_ID}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`;
const probe = firstBarsProbe(
  `/api/client/v4/accounts/${DEMO_ACCOUNT_ID}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}`,
);
const servers = { A: serverA, B: serverB };
const shown: Record<keyof typeof servers, number[]> = { A: [], B: [] };

const chromium = await launchPlainChromium();
try {
  // One load each first: a server's first answer for the instance builds its cache.
  for (const server of Object.values(servers))
    await chromium.measure(`${server}${path}`, probe, FIRST_BARS_RESULT);
  for (let i = 0; i < loads; i++) {
    // ABBA order, so neither side always comes first after the other's load.
    const order: (keyof typeof servers)[] = i % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
    for (const side of order) {
      const run = (await chromium.measure(`${servers[side]}${path}`, probe, FIRST_BARS_RESULT)) as {
        shown: number;
      };
      shown[side].push(Math.round(run.shown));
    }
  }
} finally {
  await chromium.close();
}
for (const side of ['A', 'B'] as const) {
  console.log(
    `${side} ${servers[side]}: median ${median(shown[side])} ms over ${loads} loads (${shown[side].join(' ')})`,
  );
}
