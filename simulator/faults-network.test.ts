import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseFaults } from './faults.ts';
import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from './index.ts';

const URL_ = `${SIMULATOR_BASE_URL}/accounts/${DEMO_ACCOUNT_ID}/workflows`;

type Outcome = 'ok' | 'malformed' | 'reset' | 'timeout' | `status ${number}`;

/** Sends `n` requests, each aborted after `abortMs`, and classifies what came back. */
async function outcomes(faults: string, n: number, abortMs = 20): Promise<Outcome[]> {
  const sim = createSimulator({ seed: 3, instances: 200, faults });
  const out: Outcome[] = [];
  for (let i = 0; i < n; i++) {
    const signal = AbortSignal.timeout(abortMs);
    try {
      const response = await sim.fetch(new Request(URL_, { signal }));
      if (response.status !== 200) out.push(`status ${response.status}`);
      else {
        const text = await response.text();
        const body: unknown = (() => {
          try {
            return JSON.parse(text);
          } catch {
            return undefined;
          }
        })();
        const valid =
          typeof body === 'object' && body !== null && 'result' in body && Array.isArray(body.result);
        out.push(valid ? 'ok' : 'malformed');
      }
    } catch (error) {
      if (signal.aborted) out.push('timeout');
      else if (error instanceof TypeError && (error.cause as { code?: string })?.code === 'ECONNRESET')
        out.push('reset');
      else throw error;
    }
  }
  return out;
}

const count = (list: readonly Outcome[], kind: Outcome) => list.filter((item) => item === kind).length;

// Not timed: sequential requests over a fresh simulator take seconds on a loaded CI machine, so the runner's
// limit is raised; every assertion is about what came back.
describe('network faults in demo mode', { timeout: 30_000 }, () => {
  it('answers 200 with a body that is not JSON or not the schema (malformed=)', async () => {
    const got = await outcomes('malformed=0.3', 100);
    expect(count(got, 'malformed')).toBeGreaterThan(15);
    expect(count(got, 'ok')).toBeGreaterThan(50);
    expect(got.every((item) => item === 'ok' || item === 'malformed')).toBe(true);
  });

  it('drops the connection: fetch rejects like undici on ECONNRESET (reset=)', async () => {
    const got = await outcomes('reset=0.3', 100);
    expect(count(got, 'reset')).toBeGreaterThan(15);
    expect(count(got, 'ok') + count(got, 'reset')).toBe(100);
  });

  it('never answers until the caller gives up (timeout=)', async () => {
    const got = await outcomes('timeout=0.2', 40);
    expect(count(got, 'timeout')).toBeGreaterThan(3);
    expect(count(got, 'ok') + count(got, 'timeout')).toBe(40);
  });

  it('gives up with its caller even once the collector has run (nothing else holds the request)', async () => {
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const sim = createSimulator({ seed: 3, instances: 50, faults: 'timeout=1' });
    const outcomes: Promise<string>[] = [];
    for (let i = 0; i < 5; i++) {
      // The Request is not kept here: undici follows the caller's signal through a weak reference.
      const answer = sim.fetch(new Request(URL_, { signal: AbortSignal.timeout(100) }));
      outcomes.push(
        answer.then(
          () => 'answered',
          (error: unknown) => (error instanceof DOMException ? error.name : 'other'),
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (let i = 0; i < 3; i++) collect();
    const hung = new Promise<string>((resolve) => setTimeout(() => resolve('still waiting'), 2_000));
    expect(await Promise.all(outcomes.map((outcome) => Promise.race([outcome, hung])))).toEqual(
      Array(5).fill('TimeoutError'),
    );
  });

  it('draws the same faults for the same seed, alongside the old ones', async () => {
    const faults = '429=0.1,500=0.1,malformed=0.1,reset=0.1';
    const first = await outcomes(faults, 80);
    expect(await outcomes(faults, 80)).toEqual(first);
    for (const kind of ['status 429', 'status 500', 'malformed', 'reset', 'ok'] as const) {
      expect(count(first, kind)).toBeGreaterThan(0);
    }
  });

  it('parses the new faults and refuses probabilities that add up past 1', () => {
    expect(parseFaults('429=0.15,500=0.15,malformed=0.05,timeout=0.02,reset=0.01,latency=50-1500')).toEqual({
      rate429: 0.15,
      rate500: 0.15,
      rateMalformed: 0.05,
      rateTimeout: 0.02,
      rateReset: 0.01,
      latency: [50, 1500],
    });
    expect(() => parseFaults('malformed=1.5')).toThrow(/probability/);
    expect(() => parseFaults('429=0.6,reset=0.6')).toThrow(/more than 1/);
  });
});
