import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessTeam, startAccessTeam } from './testing/access-team.ts';
import { fixtureAssets } from './testing/fixture-assets.ts';
import { type RunningWorker, startWorker } from './testing/wrangler-dev.ts';

const ISSUER = 'https://acme.cloudflareaccess.com';
const AUDIENCE = '4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2';

/** The Worker behind Access (demo mode): workerd started once, certificates served on 127.0.0.1. */
let team: AccessTeam;
let worker: RunningWorker;

beforeAll(async () => {
  team = await startAccessTeam(ISSUER, AUDIENCE);
  worker = await startWorker({
    assets: fixtureAssets(),
    vars: {
      TEAM_DOMAIN: ISSUER,
      POLICY_AUD: AUDIENCE,
      ACCESS_CERTS_URL: team.certsUrl,
      DEMO_INSTANCES: '300',
    },
  });
}, 90_000);
afterAll(async () => {
  await worker?.stop();
  await team?.close();
});

const get = (path: string, token?: string) =>
  fetch(`${worker.url}${path}`, { headers: token ? { 'cf-access-jwt-assertion': token } : {} });

async function refusal(path: string, token?: string): Promise<{ status: number; message: string }> {
  const response = await get(path, token);
  const body = (await response.json()) as { errors: { message: string }[] };
  expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  return { status: response.status, message: body.errors[0]?.message ?? '' };
}

describe('behind Cloudflare Access', () => {
  it('lets a signed-in user in and names them in /api/meta', async () => {
    const token = await team.token();
    const meta = await get('/api/meta', token);
    expect(meta.status).toBe(200);
    expect(await meta.json()).toMatchObject({ mode: 'demo', user: { email: 'ada@example.com' } });
    const app = await get('/', token);
    expect(app.status).toBe(200);
    expect(await app.text()).toContain('the app');
  });

  it('refuses a request without the Access header, the app as well as the API', async () => {
    for (const path of ['/api/meta', '/', '/assets/app-1234.js']) {
      expect(await refusal(path)).toEqual({
        status: 403,
        message: expect.stringContaining('no Cf-Access-Jwt-Assertion header'),
      });
    }
  });

  it('refuses a token signed by another key', async () => {
    const forged = await team.token({}, 'stranger');
    expect(await refusal('/api/meta', forged)).toEqual({
      status: 403,
      message: expect.stringContaining('signature'),
    });
  });

  it("refuses a token for another application, another team's token and an expired one", async () => {
    const cases = [
      [await team.token({ aud: 'another-application' }), '(aud)'],
      [await team.token({ iss: 'https://someone-else.cloudflareaccess.com' }), '(iss)'],
      [await team.token({ expiresIn: '-1m' }), 'expired'],
      ['not.a.jwt', 'not valid'],
    ] as const;
    for (const [token, reason] of cases) {
      expect(await refusal('/api/meta', token)).toEqual({
        status: 403,
        message: expect.stringContaining(reason),
      });
    }
  });

  it('never echoes the token in a refusal', async () => {
    const token = await team.token({ aud: 'another-application' });
    const body = await (await get('/api/meta', token)).text();
    expect(body).not.toContain(token.split('.')[1]);
  });
});
