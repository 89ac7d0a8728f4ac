import { describe, expect, it } from 'vitest';
import { metaSchema } from '../contract/meta.ts';
import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { createApp } from './app.ts';
import { runtimeFromConfig } from './app-options.ts';
import { parseConfig } from './config.ts';
import { ACCOUNT, fakeUpstream, liveApp, OTHER_ACCOUNT, TOKEN } from './testing/fake-upstream.ts';

function accountAnswer(request: Request): Response {
  if (request.url.endsWith(`/accounts/${ACCOUNT}`)) {
    return Response.json({
      success: true,
      errors: [],
      messages: [],
      result: { id: ACCOUNT, name: 'Acme Ltd' },
    });
  }
  return Response.json(
    { success: false, errors: [{ code: 9109, message: 'Unauthorized' }], messages: [], result: null },
    {
      status: 403,
    },
  );
}

describe('/api/meta', () => {
  it('names live accounts from GET /accounts/{id}, falling back to the id, and asks once', async () => {
    const { upstream, calls } = fakeUpstream(accountAnswer);
    const app = liveApp(upstream, { accountIds: [ACCOUNT, OTHER_ACCOUNT] });
    for (let i = 0; i < 3; i++) {
      const response = await app.request('/api/meta');
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(TOKEN);
      expect(metaSchema.parse(JSON.parse(text))).toEqual({
        mode: 'live',
        accounts: [
          { id: ACCOUNT, name: 'Acme Ltd' },
          { id: OTHER_ACCOUNT, name: OTHER_ACCOUNT },
        ],
        writes: false,
        version: '1.2.3',
      });
    }
    expect(calls).toHaveLength(2);
    expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('falls back to the id when the upstream is down, and asks again next time', async () => {
    let down = true;
    const { upstream, calls } = fakeUpstream((request) => {
      if (down) throw new TypeError('fetch failed');
      return accountAnswer(request);
    });
    const app = liveApp(upstream);
    expect((await (await app.request('/api/meta')).json()).accounts).toEqual([
      { id: ACCOUNT, name: ACCOUNT },
    ]);
    down = false;
    expect((await (await app.request('/api/meta')).json()).accounts).toEqual([
      { id: ACCOUNT, name: 'Acme Ltd' },
    ]);
    expect(calls).toHaveLength(2);
  });

  it('reports demo mode with the simulated account', async () => {
    const runtime = runtimeFromConfig(parseConfig({ DEMO: '1', CLOUDFLARE_API_TOKEN: TOKEN }), {
      version: '9.9.9',
    });
    const response = await createApp(runtime.options).request('/api/meta');
    const text = await response.text();
    expect(text).not.toContain(TOKEN);
    const meta = metaSchema.parse(JSON.parse(text));
    expect(meta).toMatchObject({ mode: 'demo', writes: false, version: '9.9.9' });
    expect(meta.accounts.map((account) => account.id)).toEqual([DEMO_ACCOUNT_ID]);
    expect(meta.accounts[0]?.name).toBe('Demo');
  });
});
