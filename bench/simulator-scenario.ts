import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from '../simulator/index.ts';
import type { Figure } from './scenarios.ts';
import { median, round } from './stats.ts';

/**
 * How long the demo account takes to exist (the `npm start` wait) at 100,000 instances, with the first list
 * page of one status after it; beside it, building and sorting as many plain rows in the same run, so a
 * reader can tell the machine from the code.
 */
export async function simulatorScenario(count = 100_000, runs = 3): Promise<Figure[]> {
  const build: number[] = [];
  const list: number[] = [];
  const baseline: number[] = [];
  const url = `${SIMULATOR_BASE_URL}/accounts/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment/instances?per_page=100&status=errored`;
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    const sim = createSimulator({ instances: count, seed: 42 + run });
    build.push(performance.now() - start);
    start = performance.now();
    await (await sim.fetch(new Request(url))).json();
    list.push(performance.now() - start);
    start = performance.now();
    const rows = Array.from({ length: count }, (_, i) => ({
      id: `row-${i}`,
      created: Date.UTC(2026, 10, 1) + ((i * 7919) % count) * 1000,
      status: i % 7 === 0 ? 'errored' : 'complete',
    }));
    rows.sort((a, b) => b.created - a.created);
    baseline.push(performance.now() - start);
  }
  const label = `simulator ${count.toLocaleString('en-US')} instances`;
  const plain = {
    metric: `building and sorting ${count.toLocaleString('en-US')} plain rows`,
    value: round(median(baseline)),
    unit: 'ms',
  };
  return [
    { scenario: label, metric: 'build (median)', value: round(median(build)), unit: 'ms', baseline: plain },
    {
      scenario: label,
      metric: 'first list page of one status (median)',
      value: round(median(list)),
      unit: 'ms',
    },
  ];
}
