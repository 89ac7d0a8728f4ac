import { failureResponse } from './errors.ts';
import { connectionReset, malformedResponse, noAnswer } from './faults-network.ts';
import { createRng, mixSeed } from './rng.ts';

export interface FaultConfig {
  rate429: number;
  rate500: number;
  latency: readonly [number, number] | null;
  /** A 200 whose body is not JSON, or JSON that is not the schema. */
  rateMalformed?: number;
  /** No answer at all: the request hangs until the caller's timeout aborts it. */
  rateTimeout?: number;
  /** The connection drops: fetch rejects as undici does on ECONNRESET. */
  rateReset?: number;
}

const RATES = {
  '429': 'rate429',
  '500': 'rate500',
  malformed: 'rateMalformed',
  timeout: 'rateTimeout',
  reset: 'rateReset',
} as const;

/**
 * Parses DEMO_FAULTS syntax: "429=0.05,500=0.02,malformed=0.05,timeout=0.02,reset=0.01,latency=50-2000".
 * Throws on anything else, and when the probabilities add up to more than 1.
 */
export function parseFaults(text: string | undefined): FaultConfig | null {
  if (!text?.trim()) return null;
  const config: FaultConfig = { rate429: 0, rate500: 0, latency: null };
  for (const part of text.split(',')) {
    const [key = '', value = ''] = part.trim().split('=');
    if (Object.hasOwn(RATES, key)) {
      const p = Number(value);
      if (!(value !== '' && p >= 0 && p <= 1))
        throw new Error(`faults: ${key} wants a probability from 0 to 1, got "${value}"`);
      config[RATES[key as keyof typeof RATES]] = p;
    } else if (key === 'latency') {
      const match = /^(\d+)(?:-(\d+))?$/.exec(value);
      if (!match) throw new Error(`faults: latency wants "min-max" milliseconds, got "${value}"`);
      const min = Number(match[1]);
      const max = Number(match[2] ?? match[1]);
      if (max < min) throw new Error(`faults: latency range "${value}" is reversed`);
      config.latency = [min, max];
    } else {
      throw new Error(`faults: unknown fault "${key}" (known: ${Object.keys(RATES).join(', ')}, latency)`);
    }
  }
  const total = Object.values(RATES).reduce((sum, field) => sum + (config[field] ?? 0), 0);
  if (total > 1 + 1e-9) throw new Error(`faults: the probabilities add up to ${total}, more than 1`);
  return config;
}

/**
 * Per-request fault injector; the sequence of faults is fixed by the seed. Resolves to the faulty answer,
 * or null to let the request through; rejects for `reset` (and for `timeout` once the request is aborted).
 */
export function createFaultInjector(config: FaultConfig | null, seed: number) {
  const rng = createRng(mixSeed(seed, 'faults'));
  return async (request?: Request): Promise<Response | null> => {
    if (!config) return null;
    const roll = rng.next();
    const retryAfter = rng.int(1, 30);
    const delay = config.latency ? rng.int(config.latency[0], config.latency[1]) : 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    let edge = config.rate429;
    if (roll < edge) return failureResponse('rateLimited', undefined, { 'Retry-After': String(retryAfter) });
    edge += config.rate500;
    if (roll < edge) return failureResponse('internal');
    edge += config.rateMalformed ?? 0;
    if (roll < edge) return malformedResponse(rng);
    edge += config.rateTimeout ?? 0;
    if (roll < edge) return noAnswer(request);
    edge += config.rateReset ?? 0;
    if (roll < edge) throw connectionReset();
    return null;
  };
}
