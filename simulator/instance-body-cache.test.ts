import { describe, expect, it } from 'vitest';
import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from './index.ts';
import { LARGE_IMPORT_10K_ID } from './workflows-import.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const url = (query = '') =>
  `${SIMULATOR_BASE_URL}/accounts/${DEMO_ACCOUNT_ID}/workflows/large-import/instances/${LARGE_IMPORT_10K_ID}${query}`;

describe('get-instance of a large final instance', () => {
  it('answers repeated requests with the same body, per order', async () => {
    const sim = createSimulator({ now: () => NOW, anchor: NOW, instances: 300 });
    const first = await (await sim.fetch(new Request(url()))).text();
    const again = await (await sim.fetch(new Request(url()))).text();
    expect(again).toBe(first);
    const desc = JSON.parse(await (await sim.fetch(new Request(url('?order=desc')))).text());
    const asc = JSON.parse(first);
    expect(desc.result.steps[0]).toEqual(asc.result.steps.at(-1));
    expect(asc.result.steps.length).toBeGreaterThanOrEqual(10_000);
  });
});
