import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL, type SimulatorOptions } from './index.ts';
import type { ResultInfo } from './list-instances.ts';

/** A fixed test clock: 2026-08-14 12:00 UTC. */
export const T0 = Date.UTC(2026, 7, 14, 12);

/** A simulator on a movable clock plus a JSON getter for paths under the account. */
export function testSimulator(options: SimulatorOptions = {}) {
  let now = T0;
  const sim = createSimulator({ now: () => now, anchor: T0, ...options });
  const get = async (path: string, init?: RequestInit) => {
    const response = await sim.fetch(
      new Request(`${SIMULATOR_BASE_URL}/accounts/${DEMO_ACCOUNT_ID}${path}`, init),
    );
    return { status: response.status, headers: response.headers, body: (await response.json()) as TestBody };
  };
  return {
    sim,
    get,
    setNow: (t: number) => {
      now = t;
    },
  };
}

/** Loose view of an envelope for assertions (the contract schemas are checked in sdk-types.test.ts). */
export interface TestBody {
  success: boolean;
  errors: { code: number; message: string }[];
  // biome-ignore lint/suspicious/noExplicitAny: assertions walk arbitrary JSON
  result: any;
  result_info?: ResultInfo;
}
