import { describe, expect, it } from 'vitest';
import { ACCOUNT, BASE_URL, fakeUpstream, liveApp, OTHER_ACCOUNT, TOKEN } from './testing/fake-upstream.ts';

const WORKFLOWS = `/api/client/v4/accounts/${ACCOUNT}/workflows`;

describe('the Workflows mirror', () => {
  it('forwards a GET with the token, the query string unchanged and only allow-listed headers', async () => {
    const { upstream, calls } = fakeUpstream();
    const response = await liveApp(upstream).request(
      `${WORKFLOWS}/orders/instances?per_page=5&status=errored&cursor=a%2Bb`,
      {
        headers: {
          accept: 'application/json',
          authorization: 'Bearer client-token',
          cookie: 'session=1',
          'x-auth-key': 'client-key',
          'x-forwarded-for': '1.2.3.4',
        },
      },
    );
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    const sent = calls[0];
    expect(sent?.method).toBe('GET');
    expect(sent?.url).toBe(
      `${BASE_URL}/accounts/${ACCOUNT}/workflows/orders/instances?per_page=5&status=errored&cursor=a%2Bb`,
    );
    expect(sent?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(sent?.headers.get('accept')).toBe('application/json');
    expect(sent?.headers.get('cookie')).toBeNull();
    expect(sent?.headers.get('x-auth-key')).toBeNull();
    expect(sent?.headers.get('x-forwarded-for')).toBeNull();
  });

  it('uses X-Auth-Email and X-Auth-Key for the global key', async () => {
    const { upstream, calls } = fakeUpstream();
    await liveApp(upstream, { credentials: { kind: 'key', email: 'me@example.com', key: 'global' } }).request(
      WORKFLOWS,
      {
        headers: { authorization: 'Bearer client-token' },
      },
    );
    expect(calls[0]?.headers.get('x-auth-email')).toBe('me@example.com');
    expect(calls[0]?.headers.get('x-auth-key')).toBe('global');
    expect(calls[0]?.headers.get('authorization')).toBeNull();
  });

  it('passes status, body bytes, content-type, Retry-After and cf-ray through, and drops set-cookie', async () => {
    const body =
      '{"success":false,"errors":[{"code":10000,"message":"rate limited"}],"messages":[],"result":null}';
    const { upstream } = fakeUpstream(
      () =>
        new Response(body, {
          status: 429,
          headers: {
            'content-type': 'application/json',
            'retry-after': '17',
            'cf-ray': 'abc-LHR',
            'set-cookie': 'x=1',
          },
        }),
    );
    const response = await liveApp(upstream).request(WORKFLOWS);
    expect(response.status).toBe(429);
    expect(await response.text()).toBe(body);
    expect(response.headers.get('retry-after')).toBe('17');
    expect(response.headers.get('cf-ray')).toBe('abc-LHR');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['a non-Workflows path', '/api/client/v4/user/tokens/verify', 404, 7000],
    ['the account itself', `/api/client/v4/accounts/${ACCOUNT}`, 404, 7000],
    ['another product of the account', `/api/client/v4/accounts/${ACCOUNT}/workers/scripts`, 404, 7000],
    ['the mirror root', '/api/client/v4', 404, 7000],
    ['an account that is not configured', `/api/client/v4/accounts/${OTHER_ACCOUNT}/workflows`, 403, 9109],
    ['an encoded slash', `${WORKFLOWS}/..%2F..%2F..%2Fuser`, 400, 7003],
    ['an encoded backslash', `${WORKFLOWS}/a%5Cb`, 400, 7003],
    ['a double slash', `/api/client/v4/accounts/${ACCOUNT}//workflows`, 400, 7003],
    ['double encoding', `${WORKFLOWS}/%252e%252e`, 400, 7003],
    ['a broken escape', `${WORKFLOWS}/%E0%A4%A`, 400, 7003],
  ])('refuses %s with an envelope, without calling upstream', async (_, path, status, code) => {
    const { upstream, calls } = fakeUpstream();
    const response = await liveApp(upstream).request(path);
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body).toMatchObject({ success: false, errors: [{ code }], messages: [], result: null });
    expect(body.errors[0].message).toMatch(/\w{10}/);
    expect(calls).toHaveLength(0);
  });

  it.each([
    `${WORKFLOWS}/../../../user`,
    `${WORKFLOWS}/x/%2e%2e/%2e%2e/%2e%2e/user`,
    `${WORKFLOWS}/./.%2E/..`,
  ])('never lets dot segments escape the allow-list (%s)', async (path) => {
    // WHATWG URL parsing resolves (even encoded) dot segments; what is left is checked like any path.
    const { upstream, calls } = fakeUpstream();
    const response = await liveApp(upstream).request(path);
    expect([400, 404]).toContain(response.status);
    expect(await response.json()).toMatchObject({ success: false });
    expect(calls).toHaveLength(0);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'refuses %s with 405 (read-only) without calling upstream',
    async (method) => {
      const { upstream, calls } = fakeUpstream();
      const response = await liveApp(upstream).request(`${WORKFLOWS}/orders/instances`, {
        method,
        body: '{}',
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
      expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 10405 }] });
      expect(calls).toHaveLength(0);
    },
  );

  it('answers 504 when the upstream does not answer in time', async () => {
    const { upstream } = fakeUpstream(() => new Promise<Response>(() => {}));
    const response = await liveApp(upstream, { upstreamTimeoutMs: 50 }).request(WORKFLOWS);
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({
      success: false,
      errors: [{ code: 10504, message: 'Cloudflare API did not answer within 50 ms' }],
    });
  });

  it('answers 502 when the upstream is unreachable', async () => {
    const { upstream } = fakeUpstream(() => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    });
    const response = await liveApp(upstream).request(WORKFLOWS);
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).toContain('Cloudflare API is unreachable at https://api.example.test');
    expect(text).toContain('ECONNREFUSED');
    expect(text).not.toContain(TOKEN);
  });

  it('answers 404 envelopes for other /api paths', async () => {
    const { upstream, calls } = fakeUpstream();
    const response = await liveApp(upstream).request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 7000 }] });
    expect(calls).toHaveLength(0);
  });
});
