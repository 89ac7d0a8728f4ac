import { describe, expect, it } from 'vitest';
import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from './index.ts';
import { T0 } from './test-support.ts';

describe('scale', () => {
  it('builds 100,000 instances in under ~3 s and lists them quickly', async () => {
    const started = performance.now();
    const sim = createSimulator({ instances: 100_000, now: () => T0 });
    const built = performance.now() - started;
    // ~2 s alone on this 2-core machine; the bound allows for the other test files running in parallel.
    expect(built).toBeLessThan(8_000);
    const url = `${SIMULATOR_BASE_URL}/accounts/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment/instances?per_page=100&status=errored`;
    const first = performance.now();
    const response = await sim.fetch(new Request(url));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result_info: { total_count: number } };
    expect(body.result_info.total_count).toBeGreaterThan(500);
    expect(performance.now() - first).toBeLessThan(500);
  });
});
