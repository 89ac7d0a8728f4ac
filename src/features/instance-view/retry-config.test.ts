import { describe, expect, it } from 'vitest';
import { formatRetryConfig } from './retry-config.ts';

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
