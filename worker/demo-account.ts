import { createSimulator, type Simulator } from '../simulator/index.ts';
import type { DurableObjectState, WorkerEnv } from './bindings.ts';
import { demoSettings } from './setup.ts';

const ANCHOR_KEY = 'anchor';
/** The generated history reaches a day past its anchor; a fresh one is drawn before it runs out. */
const ANCHOR_LIFETIME_MS = 12 * 3600 * 1000;

/**
 * Demo mode's account: the simulator in one Durable Object, so every user and isolate sees the same
 * generated account and its clock. Built on the first request of each life of the object (a few seconds
 * for the default size); the anchor of its history is stored, so an object evicted while idle comes back
 * as the same account (for 12 hours, after which a fresh history is drawn).
 */
export class DemoAccount {
  readonly #env: WorkerEnv;
  readonly #state: DurableObjectState;
  #simulator: Promise<Simulator> | undefined;

  constructor(state: DurableObjectState, env: WorkerEnv) {
    this.#env = env;
    this.#state = state;
  }

  async fetch(request: Request): Promise<Response> {
    this.#simulator ??= this.#build();
    return (await this.#simulator).fetch(request);
  }

  async #build(): Promise<Simulator> {
    const settings = demoSettings(this.#env);
    let anchor = await this.#state.storage.get<number>(ANCHOR_KEY);
    if (anchor === undefined || Date.now() - anchor > ANCHOR_LIFETIME_MS) {
      anchor = Date.now();
      await this.#state.storage.put(ANCHOR_KEY, anchor);
    }
    return createSimulator({ ...settings, anchor });
  }
}
