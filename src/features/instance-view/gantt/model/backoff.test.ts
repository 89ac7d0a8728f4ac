import { describe, expect, it } from 'vitest';
import { differsFromPrediction, predictBackoff } from './backoff.ts';

const cfg = (delay: string | number, backoff?: string) => ({
  retries: { limit: 5, delay, backoff },
  timeout: 1,
});

describe('predicted backoff (delay before the retry after failed attempt n)', () => {
  it('exponential doubles from `delay`; it is the default when no backoff is given', () => {
    expect([1, 2, 3, 4].map((n) => predictBackoff(cfg(10_000, 'exponential'), n).ms)).toEqual([
      10_000, 20_000, 40_000, 80_000,
    ]);
    expect(predictBackoff(cfg(10_000), 3).ms).toBe(40_000);
  });
  it('linear grows by `delay`; constant stays at `delay`; duration strings are read', () => {
    expect([1, 2, 3].map((n) => predictBackoff(cfg('5 seconds', 'linear'), n).ms)).toEqual([
      5_000, 10_000, 15_000,
    ]);
    expect([1, 4].map((n) => predictBackoff(cfg('1 minute', 'constant'), n).ms)).toEqual([60_000, 60_000]);
  });
  it('[dynamic] has no prediction and says so; unknown kinds predict nothing', () => {
    expect(predictBackoff(cfg('[dynamic]', 'exponential'), 1)).toEqual({ ms: undefined, dynamic: true });
    expect(predictBackoff(cfg(1000, 'fibonacci'), 1)).toEqual({ ms: undefined, dynamic: false });
  });
  it('tolerates scheduling noise before calling a gap different', () => {
    expect(differsFromPrediction(10_300, 10_000)).toBe(false);
    expect(differsFromPrediction(14_000, 10_000)).toBe(true);
  });
});
