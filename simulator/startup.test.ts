import { describe, expect, it } from 'vitest';
import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from './index.ts';
import { T0 } from './test-support.ts';

describe('scale', () => {
  // How long the build takes is a bench figure ("simulator: build 100,000 instances"), not a test: on a
  // shared 2-core machine a timing bound only measures the neighbours.
  it('builds 100,000 instances and lists one status of a workflow among them', {
    timeout: 60_000,
  }, async () => {
    const sim = createSimulator({ instances: 100_000, now: () => T0 });
    const url = `${SIMULATOR_BASE_URL}/accounts/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment/instances?per_page=100&status=errored`;
    const response = await sim.fetch(new Request(url));
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { status: string }[];
      result_info: { total_count: number };
    };
    expect(body.result_info.total_count).toBeGreaterThan(500);
    expect(body.result).toHaveLength(100);
    expect(body.result.every((row) => row.status === 'errored')).toBe(true);
  });
});
