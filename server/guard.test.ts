import { describe, expect, it } from 'vitest';
import { ACCOUNT, fakeUpstream, liveApp, TOKEN } from './testing/fake-upstream.ts';

const WORKFLOWS = `/api/client/v4/accounts/${ACCOUNT}/workflows`;
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

describe('the loopback guard', () => {
  it.each(['127.0.0.1:5173', 'localhost:5173', 'LOCALHOST', '[::1]:5173', '127.0.0.1'])(
    'accepts Host %s',
    async (host) => {
      const { upstream } = fakeUpstream();
      expect((await liveApp(upstream).request(WORKFLOWS, { headers: { host } })).status).toBe(200);
    },
  );

  it.each(['evil.example:5173', 'evil.example', '192.168.1.10:5173', '127.0.0.1.evil.example'])(
    'refuses Host %s (DNS rebinding) before anything reaches upstream',
    async (host) => {
      const { upstream, calls } = fakeUpstream();
      const response = await liveApp(upstream).request(WORKFLOWS, { headers: { host } });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 10403 }] });
      expect(calls).toHaveLength(0);
    },
  );

  it('guards every path, not only the API', async () => {
    const { upstream } = fakeUpstream();
    expect((await liveApp(upstream).request('/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });
});

describe('the origin guard', () => {
  it('accepts the server’s own origin and requests without Origin', async () => {
    const { upstream } = fakeUpstream();
    const app = liveApp(upstream);
    const own = await app.request(WORKFLOWS, {
      headers: { host: '127.0.0.1:5173', origin: 'http://127.0.0.1:5173' },
    });
    expect(own.status).toBe(200);
    expect((await app.request(WORKFLOWS, { headers: { host: '127.0.0.1:5173' } })).status).toBe(200);
  });

  it.each(['http://evil.example', 'http://127.0.0.1:9999', 'null'])('refuses Origin %s', async (origin) => {
    const { upstream, calls } = fakeUpstream();
    const response = await liveApp(upstream).request(WORKFLOWS, {
      headers: { host: '127.0.0.1:5173', origin },
    });
    expect(response.status).toBe(403);
    expect(calls).toHaveLength(0);
  });
});

describe('the password beyond loopback', () => {
  const protection = { kind: 'password', password: 'correct horse' } as const;
  const host = '192.168.1.10:5173';

  it('asks for Basic auth when it is missing or wrong', async () => {
    const { upstream, calls } = fakeUpstream();
    const app = liveApp(upstream, { protection });
    for (const authorization of [
      undefined,
      basic('me', 'wrong'),
      basic('me', 'correct horse '),
      'Basic !!!',
      'Bearer x',
    ]) {
      const headers: Record<string, string> = { host };
      if (authorization) headers.authorization = authorization;
      const response = await app.request(WORKFLOWS, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
    }
    expect((await app.request('/', { headers: { host } })).status).toBe(401);
    expect(calls).toHaveLength(0);
  });

  it('lets the right password in under any user name and any Host, without forwarding it', async () => {
    const { upstream, calls } = fakeUpstream();
    const app = liveApp(upstream, { protection });
    const response = await app.request(WORKFLOWS, {
      headers: { host, authorization: basic('anyone', 'correct horse') },
    });
    expect(response.status).toBe(200);
    expect(calls[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });
});
