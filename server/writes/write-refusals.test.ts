import { describe, expect, it } from 'vitest';
import { ACCOUNT, BASE_URL, fakeUpstream, liveApp, TOKEN } from '../testing/fake-upstream.ts';

const WORKFLOWS = `/api/client/v4/accounts/${ACCOUNT}/workflows`;
const STATUS = `${WORKFLOWS}/orders/instances/order-1/status`;
const JSON_HEADERS = { 'content-type': 'application/json' };

function writesApp(respond?: (request: Request) => Response | Promise<Response>) {
  const { upstream, calls } = fakeUpstream(respond);
  const lines: string[] = [];
  const app = liveApp(upstream, { writes: true, log: (line) => lines.push(line) });
  return { app, calls, lines };
}

const patch = (body: unknown, headers: Record<string, string> = JSON_HEADERS) => ({
  method: 'PATCH',
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('writes refused before upstream', () => {
  it('refuses every write with 405 while writes are off (the default), and logs it', async () => {
    const { upstream, calls } = fakeUpstream();
    const lines: string[] = [];
    const app = liveApp(upstream, { log: (line) => lines.push(line) });
    const response = await app.request(STATUS, patch({ status: 'pause' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 10405 }], result: null });
    expect(calls).toHaveLength(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^audit write .* -> 405 refused/);
    expect(await (await app.request('/api/meta')).json()).toMatchObject({ writes: false });
  });

  it('refuses a CORS preflight', async () => {
    const { app, calls } = writesApp();
    const response = await app.request(STATUS, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'PATCH' },
    });
    expect([403, 405]).toContain(response.status);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const plain = await app.request(STATUS, { method: 'OPTIONS' });
    expect(plain.status).toBe(405);
    expect(calls).toHaveLength(0);
  });

  it('refuses a write from a foreign origin, and lets the server’s own origin and no origin through', async () => {
    const { app, calls, lines } = writesApp();
    const foreign = await app.request(
      STATUS,
      patch({ status: 'pause' }, { ...JSON_HEADERS, origin: 'https://evil.example' }),
    );
    expect(foreign.status).toBe(403);
    expect(calls).toHaveLength(0);
    expect(lines).toEqual([expect.stringMatching(/^audit write PATCH ".*\/status" -> 403 refused/)]);
    const own = await app.request(
      `http://localhost${STATUS}`,
      patch({ status: 'pause' }, { ...JSON_HEADERS, origin: 'http://localhost' }),
    );
    expect(own.status).toBe(200);
    const none = await app.request(STATUS, patch({ status: 'pause' }));
    expect(none.status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it.each([
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/plain;charset=UTF-8',
  ])('refuses a body sent as %s with 415', async (type) => {
    const { app, calls } = writesApp();
    const response = await app.request(STATUS, patch('{"status":"pause"}', { 'content-type': type }));
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ errors: [{ code: 10415 }] });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['an unknown action', { status: 'explode' }, 'status'],
    ['an unknown field', { status: 'pause', rollback: true }, 'rollback'],
    ['a bad restart step', { status: 'restart', from: { name: 'charge', count: 0 } }, 'from.count'],
    ['a bad step type', { status: 'restart', from: { name: 'charge', type: 'step' } }, 'from.type'],
    ['a non-boolean rollback', { status: 'terminate', rollback: 'yes' }, 'rollback'],
    ['no JSON at all', '{status:pause}', 'not valid JSON'],
  ])('refuses %s with 400 naming the problem', async (_, body, named) => {
    const { app, calls } = writesApp();
    const response = await app.request(STATUS, patch(body));
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json).toMatchObject({ success: false, errors: [{ code: 10002 }] });
    expect(json.errors[0].message).toContain(named);
    expect(calls).toHaveLength(0);
  });

  it('refuses a method that is not an allowed write with 405 and Allow, and batch/terminate with 404', async () => {
    const { app, calls } = writesApp();
    const put = await app.request(`${WORKFLOWS}/orders`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: '{}',
    });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET');
    const deleteWorkflow = await app.request(`${WORKFLOWS}/orders`, { method: 'DELETE' });
    expect(deleteWorkflow.status).toBe(405);
    const postStatus = await app.request(STATUS, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"status":"pause"}',
    });
    expect(postStatus.status).toBe(405);
    expect(postStatus.headers.get('allow')).toBe('GET, PATCH');
    const terminateAll = await app.request(`${WORKFLOWS}/orders/instances/batch/terminate`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '["a"]',
    });
    expect(terminateAll.status).toBe(404);
    expect(calls).toHaveLength(0);
  });

  it('refuses oversized bodies with 413 from Content-Length alone, and params over 1 MiB with 400', async () => {
    const { app, calls } = writesApp();
    const big = 'x'.repeat(1024 * 1024 + 10);
    const event = await app.request(`${WORKFLOWS}/orders/instances/order-1/events/approved`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ note: big }),
    });
    expect(event.status).toBe(413);
    expect((await event.json()).errors[0]).toMatchObject({ code: 10413 });
    const declared = await app.request(STATUS, {
      method: 'PATCH',
      headers: { ...JSON_HEADERS, 'content-length': String(50 * 1024 * 1024) },
      body: '{}',
    });
    expect(declared.status).toBe(413);
    const params = await app.request(`${WORKFLOWS}/orders/instances`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ params: { note: big } }),
    });
    expect(params.status).toBe(400);
    expect((await params.json()).errors[0].message).toContain('params');
    const deleteWithBody = await app.request(`${WORKFLOWS}/orders/instances/order-1`, {
      method: 'DELETE',
      headers: JSON_HEADERS,
      body: '{}',
    });
    expect(deleteWithBody.status).toBe(413);
    expect(calls).toHaveLength(0);
  });

  it('refuses query parameters on a write, a reserved instance id and an oversized batch', async () => {
    const { app, calls } = writesApp();
    expect((await app.request(`${STATUS}?debug=1`, patch({ status: 'pause' }))).status).toBe(400);
    const reserved = await app.request(`${WORKFLOWS}/orders/instances`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ instance_id: `cf_${'a'.repeat(64)}` }),
    });
    expect(reserved.status).toBe(400);
    const batch = await app.request(`${WORKFLOWS}/orders/instances/batch`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(Array.from({ length: 101 }, () => ({}))),
    });
    expect(batch.status).toBe(400);
    expect(calls).toHaveLength(0);
  });
});

describe('writes that pass', () => {
  it('forwards a write once with the credentials, and logs one audit line without them', async () => {
    const { app, calls, lines } = writesApp(() =>
      Response.json({ success: true, errors: [], messages: [], result: { status: 'paused' } }),
    );
    const response = await app.request(STATUS, patch({ status: 'terminate', rollback: true }));
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.method).toBe('PATCH');
    expect(call?.url).toBe(`${BASE_URL}/accounts/${ACCOUNT}/workflows/orders/instances/order-1/status`);
    expect(call?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(call?.headers.get('origin')).toBeNull();
    expect(await call?.json()).toEqual({ status: 'terminate', rollback: true });
    expect(lines).toEqual(['audit write terminate+rollback workflow=orders instance=order-1 -> 200']);
  });

  it('a 403 from upstream marks writes unavailable: meta says why, later writes are refused locally', async () => {
    const { app, calls } = writesApp(() =>
      Response.json(
        {
          success: false,
          errors: [{ code: 10000, message: 'Authentication error' }],
          messages: [],
          result: null,
        },
        { status: 403 },
      ),
    );
    expect((await app.request('/api/meta')).status).toBe(200);
    expect(await (await app.request('/api/meta')).json()).toMatchObject({ writes: true });
    expect((await app.request(STATUS, patch({ status: 'pause' }))).status).toBe(403);
    const meta = await (await app.request('/api/meta')).json();
    expect(meta).toMatchObject({
      writes: false,
      writesUnavailable: expect.stringContaining('Workers Scripts Write'),
    });
    const before = calls.length;
    const again = await app.request(STATUS, patch({ status: 'resume' }));
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ errors: [{ code: 10406 }] });
    expect(calls).toHaveLength(before);
  });
});
