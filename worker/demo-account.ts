import { createSimulator, type Simulator } from '../simulator/index.ts';
import type { WorkerEnv } from './bindings.ts';
import { demoSettings } from './setup.ts';

/**
 * Demo mode's account: the simulator in one Durable Object, so every user and isolate sees the same
 * generated account and its clock. Built on the first request (about a second for the default size).
 */
export class DemoAccount {
  readonly #env: WorkerEnv;
  #simulator: Simulator | undefined;

  constructor(_state: unknown, env: WorkerEnv) {
    this.#env = env;
  }

  fetch(request: Request): Promise<Response> {
    const settings = demoSettings(this.#env);
    this.#simulator ??= createSimulator({
      seed: settings.seed,
      instances: settings.instances,
      faults: settings.faults,
    });
    return this.#simulator.fetch(request);
  }
}
