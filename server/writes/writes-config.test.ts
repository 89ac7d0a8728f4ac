import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../config.ts';

describe('DASHBOARD_WRITES', () => {
  it('is off by default and on with 1 or true, in demo and live mode', () => {
    expect(parseConfig({}).writes).toBe(false);
    expect(parseConfig({ DASHBOARD_WRITES: '0' }).writes).toBe(false);
    expect(parseConfig({ DASHBOARD_WRITES: '1' }).writes).toBe(true);
    const live = parseConfig({
      DASHBOARD_WRITES: 'true',
      CLOUDFLARE_API_TOKEN: 't',
      CLOUDFLARE_ACCOUNT_ID: 'a1',
    });
    expect(live).toMatchObject({ mode: 'live', writes: true });
  });

  it('refuses anything else, naming the variable', () => {
    expect(() => parseConfig({ DASHBOARD_WRITES: 'yes' })).toThrow(ConfigError);
    expect(() => parseConfig({ DASHBOARD_WRITES: 'yes' })).toThrow(/DASHBOARD_WRITES must be 1 or 0/);
  });
});
