import { describe, expect, it } from 'vitest';
import { formatRetryConfig } from './retry-config.ts';
import { backoffBeforeRetry, doStepState } from './step-kinds.ts';

describe('formatRetryConfig', () => {
  it('formats the default config', () => {
    expect(
      formatRetryConfig({
        retries: { limit: 5, delay: 10_000, backoff: 'exponential' },
        timeout: '10 minutes',
      }),
    ).toBe('limit 5 · 10 s · exponential · timeout 10 min');
  });

  it('keeps dynamic delays and skips missing parts', () => {
    expect(formatRetryConfig({ retries: { limit: 3, delay: '[dynamic]' } })).toBe('limit 3 · [dynamic]');
    expect(formatRetryConfig(undefined)).toBe('');
  });
});

describe('backoffBeforeRetry', () => {
  it('follows the backoff kind', () => {
    const config = (backoff: string) => ({ retries: { limit: 5, delay: '10 seconds', backoff } });
    expect(backoffBeforeRetry(config('exponential'), 3)).toBe(40_000);
    expect(backoffBeforeRetry(config('linear'), 3)).toBe(30_000);
    expect(backoffBeforeRetry(config('constant'), 3)).toBe(10_000);
    expect(backoffBeforeRetry({ retries: { limit: 5, delay: '[dynamic]' } }, 1)).toBeUndefined();
  });
});

describe('doStepState', () => {
  const base = { type: 'step' as const, name: 's-1', start: '2026-11-20T11:00:00Z', attempts: [] };
  it('tells a step between retries from a failed one', () => {
    const failedAttempt = { start: '2026-11-20T11:00:00Z', end: '2026-11-20T11:00:01Z', success: false };
    expect(doStepState({ ...base, end: null, success: null, attempts: [failedAttempt] })).toBe('retrying');
    expect(
      doStepState({ ...base, end: '2026-11-20T11:00:01Z', success: false, attempts: [failedAttempt] }),
    ).toBe('failed');
    expect(doStepState({ ...base, end: null, success: null })).toBe('running');
  });
});
