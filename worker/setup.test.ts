import { describe, expect, it } from 'vitest';
import type { WorkerEnv } from './bindings.ts';
import { readSetup } from './setup.ts';

const env = (vars: Record<string, string>): WorkerEnv => ({
  UPSTREAM_GATE: {
    idFromName: () => ({}),
    get: () => ({ fetch: () => Promise.reject(new Error('unused')) }),
  },
  DEMO_ACCOUNT: { idFromName: () => ({}), get: () => ({ fetch: () => Promise.reject(new Error('unused')) }) },
  ...vars,
});
const live = { CLOUDFLARE_API_TOKEN: 'secret-token', CLOUDFLARE_ACCOUNT_ID: 'acc1' };
const access = { TEAM_DOMAIN: 'acme.cloudflareaccess.com/', POLICY_AUD: 'aud-tag' };

describe("the Worker's settings", () => {
  it('serves live mode only behind Access, with the certificates at the team domain', () => {
    const setup = readSetup(env({ ...live, ...access }));
    expect(setup).toMatchObject({
      ok: true,
      config: { mode: 'live', accountIds: ['acc1'] },
      access: {
        teamDomain: 'https://acme.cloudflareaccess.com',
        audience: 'aud-tag',
        certsUrl: 'https://acme.cloudflareaccess.com/cdn-cgi/access/certs',
      },
      notice: undefined,
    });
  });

  it('falls back to demo mode, and says why, when a token is set without Access', () => {
    const setup = readSetup(env(live));
    expect(setup).toMatchObject({ ok: true, config: { mode: 'demo' }, access: undefined });
    expect(setup.ok && setup.notice).toMatch(/TEAM_DOMAIN and POLICY_AUD/);
  });

  it('refuses half an Access configuration rather than run without the check', () => {
    expect(readSetup(env({ TEAM_DOMAIN: 'acme.cloudflareaccess.com' }))).toEqual({
      ok: false,
      problem: expect.stringContaining('TEAM_DOMAIN and POLICY_AUD go together'),
    });
  });

  it('lets ACCESS_CERTS_URL point the check elsewhere', () => {
    const setup = readSetup(env({ ...access, ACCESS_CERTS_URL: 'http://127.0.0.1:9/certs' }));
    expect(setup.ok && setup.access?.certsUrl).toBe('http://127.0.0.1:9/certs');
  });
});
