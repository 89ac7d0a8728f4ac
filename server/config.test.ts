import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

const live = { CLOUDFLARE_API_TOKEN: 'tok', CLOUDFLARE_ACCOUNT_ID: 'abc123' };

function errorOf(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('defaults to demo mode on 127.0.0.1:5173 with no credentials', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      mode: 'demo',
      host: '127.0.0.1',
      port: 5173,
      upstreamTimeoutMs: 30000,
      apiBaseUrl: 'https://api.cloudflare.com/client/v4',
      password: undefined,
      demo: { instances: 3000, seed: 1, faults: undefined },
    });
  });

  it('selects live mode with a token and an account', () => {
    const config = parseConfig(live);
    expect(config.mode).toBe('live');
    if (config.mode !== 'live') return;
    expect(config.credentials).toEqual({ kind: 'token', token: 'tok' });
    expect(config.accountIds).toEqual(['abc123']);
  });

  it('uses the global key when no token is set, and the token when both are', () => {
    const key = parseConfig({
      CLOUDFLARE_EMAIL: 'a@b.c',
      CLOUDFLARE_API_KEY: 'k',
      CLOUDFLARE_ACCOUNT_ID: 'x',
    });
    expect(key.mode === 'live' && key.credentials).toEqual({ kind: 'key', email: 'a@b.c', key: 'k' });
    const both = parseConfig({ ...live, CLOUDFLARE_EMAIL: 'a@b.c', CLOUDFLARE_API_KEY: 'k' });
    expect(both.mode === 'live' && both.credentials.kind).toBe('token');
  });

  it('lets DEMO=1 force demo mode even with credentials', () => {
    expect(parseConfig({ ...live, DEMO: '1' }).mode).toBe('demo');
    expect(parseConfig({ ...live, DEMO: '0' }).mode).toBe('live');
  });

  it('splits, trims and de-duplicates the account list', () => {
    const config = parseConfig({ ...live, CLOUDFLARE_ACCOUNT_ID: ' a1, b2,,a1 ,c3 ' });
    expect(config.mode === 'live' && config.accountIds).toEqual(['a1', 'b2', 'c3']);
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ CLOUDFLARE_API_TOKEN: '', PORT: '', HOST: ' ' })).toMatchObject({
      mode: 'demo',
      port: 5173,
      host: '127.0.0.1',
    });
  });

  it('reads the demo, timeout and base URL settings', () => {
    const config = parseConfig({
      DEMO_INSTANCES: '500',
      DEMO_SEED: '42',
      DEMO_FAULTS: '429=0.05,500=0.02,latency=50-2000',
      UPSTREAM_TIMEOUT_MS: '2500',
      CLOUDFLARE_API_BASE_URL: 'http://127.0.0.1:8787/client/v4/',
      PORT: '0',
    });
    expect(config).toMatchObject({
      demo: { instances: 500, seed: 42, faults: '429=0.05,500=0.02,latency=50-2000' },
      upstreamTimeoutMs: 2500,
      apiBaseUrl: 'http://127.0.0.1:8787/client/v4',
      port: 0,
    });
  });

  it('explains bad values, naming the variable and the value', () => {
    expect(errorOf({ PORT: 'abc' })).toBe("PORT must be a port number, got 'abc'");
    expect(errorOf({ PORT: '70000' })).toContain("PORT must be a port number, got '70000'");
    expect(errorOf({ UPSTREAM_TIMEOUT_MS: '-5' })).toContain(
      'UPSTREAM_TIMEOUT_MS must be a number of milliseconds',
    );
    expect(errorOf({ DEMO_INSTANCES: 'lots' })).toContain('DEMO_INSTANCES must be a whole number');
    expect(errorOf({ DEMO: 'yes' })).toBe("DEMO must be 1 or 0, got 'yes'");
    expect(errorOf({ DEMO_FAULTS: 'often' })).toContain('DEMO_FAULTS must look like');
    expect(errorOf({ CLOUDFLARE_API_BASE_URL: 'ftp://x' })).toContain(
      'CLOUDFLARE_API_BASE_URL must be an http(s) URL',
    );
    expect(errorOf({ ...live, CLOUDFLARE_ACCOUNT_ID: 'ok,../etc' })).toContain("got '../etc'");
  });

  it('lists every bad value at once', () => {
    expect(errorOf({ PORT: 'abc', DEMO: 'maybe' }).split('\n')).toHaveLength(2);
  });

  it('requires an account id in live mode', () => {
    expect(errorOf({ CLOUDFLARE_API_TOKEN: 'tok' })).toContain(
      'CLOUDFLARE_ACCOUNT_ID is required in live mode',
    );
  });

  it('refuses half a global key', () => {
    expect(errorOf({ CLOUDFLARE_EMAIL: 'a@b.c', CLOUDFLARE_ACCOUNT_ID: 'x' })).toContain('go together');
  });

  it('requires DASHBOARD_PASSWORD beyond loopback only', () => {
    expect(errorOf({ HOST: '0.0.0.0' })).toContain('DASHBOARD_PASSWORD is required when HOST=0.0.0.0');
    expect(parseConfig({ HOST: '0.0.0.0', DASHBOARD_PASSWORD: 'pw' }).password).toBe('pw');
    expect(parseConfig({ HOST: 'localhost' }).host).toBe('localhost');
    expect(parseConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('never puts a credential into an error message', () => {
    expect(errorOf({ CLOUDFLARE_API_TOKEN: 'supersecret', PORT: 'x' })).not.toContain('supersecret');
  });
});
