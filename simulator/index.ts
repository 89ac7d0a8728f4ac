// STUB: the simulator helper replaces this file's body; the exported interface stays.
export const DEMO_ACCOUNT_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const DEMO_ACCOUNT_NAME = 'Demo';
/** Requests to the simulator use this base, as requests to Cloudflare use https://api.cloudflare.com/client/v4. */
export const SIMULATOR_BASE_URL = 'http://simulator.invalid/client/v4';

export interface SimulatorOptions {
  /** Seed of the generated account (DEMO_SEED). Same seed, same account. */
  seed?: number;
  /** Approximate number of instances across all workflows (DEMO_INSTANCES). */
  instances?: number;
  /** The clock. Defaults to Date.now. Tests pass a fixed or stepped clock. */
  now?: () => number;
  /** The moment the generated history is anchored to (ends "now" at creation). Defaults to now(). */
  anchor?: number;
  /** Fault injection (DEMO_FAULTS syntax, e.g. "429=0.05,500=0.02,latency=50-2000"). */
  faults?: string;
}

export interface Simulator {
  readonly accountId: string;
  readonly accountName: string;
  /** Answers a Web Request for `${SIMULATOR_BASE_URL}/...` exactly as api.cloudflare.com would. */
  fetch(request: Request): Promise<Response>;
}

export function createSimulator(_options: SimulatorOptions = {}): Simulator {
  return {
    accountId: DEMO_ACCOUNT_ID,
    accountName: DEMO_ACCOUNT_NAME,
    fetch: async () =>
      Response.json(
        { success: false, errors: [{ code: 10001, message: 'simulator not built yet' }], messages: [], result: null },
        { status: 500 },
      ),
  };
}
