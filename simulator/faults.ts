import { failureResponse } from './errors.ts';
import { createRng, mixSeed } from './rng.ts';

export interface FaultConfig {
  rate429: number;
  rate500: number;
  latency: readonly [number, number] | null;
}

/** Parses DEMO_FAULTS syntax: "429=0.05,500=0.02,latency=50-2000". Throws on anything else. */
export function parseFaults(text: string | undefined): FaultConfig | null {
  if (!text?.trim()) return null;
  const config: FaultConfig = { rate429: 0, rate500: 0, latency: null };
  for (const part of text.split(',')) {
    const [key, value = ''] = part.trim().split('=');
    if (key === '429' || key === '500') {
      const p = Number(value);
      if (!(value !== '' && p >= 0 && p <= 1))
        throw new Error(`faults: ${key} wants a probability from 0 to 1, got "${value}"`);
      if (key === '429') config.rate429 = p;
      else config.rate500 = p;
    } else if (key === 'latency') {
      const match = /^(\d+)(?:-(\d+))?$/.exec(value);
      if (!match) throw new Error(`faults: latency wants "min-max" milliseconds, got "${value}"`);
      const min = Number(match[1]);
      const max = Number(match[2] ?? match[1]);
      if (max < min) throw new Error(`faults: latency range "${value}" is reversed`);
      config.latency = [min, max];
    } else throw new Error(`faults: unknown fault "${key}" (known: 429, 500, latency)`);
  }
  return config;
}

/** Per-request fault injector; the sequence of faults is fixed by the seed. */
export function createFaultInjector(config: FaultConfig | null, seed: number) {
  const rng = createRng(mixSeed(seed, 'faults'));
  return async (): Promise<Response | null> => {
    if (!config) return null;
    const roll = rng.next();
    const retryAfter = rng.int(1, 30);
    const delay = config.latency ? rng.int(config.latency[0], config.latency[1]) : 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (roll < config.rate429)
      return failureResponse('rateLimited', undefined, { 'Retry-After': String(retryAfter) });
    if (roll < config.rate429 + config.rate500) return failureResponse('internal');
    return null;
  };
}
