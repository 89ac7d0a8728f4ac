import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { runEarlyFetch } from '../../server/testing/early-fetch-script.ts';
import { apiGet, buildUrl } from '../api/client.ts';
import { type EarlyAnswer, takeEarlyAnswer } from './early-requests.ts';
import { instancePath, workflowApiPath } from './paths.ts';

/** Runs public/early-fetch.js for an address (server/testing/early-fetch-script.ts), typed for the client. */
function land(address: string, globals?: Record<string, unknown>, answer?: () => Promise<Response>) {
  const { fetched, store } = runEarlyFetch(address, globals, answer);
  return { fetched, store: store as typeof globalThis.__earlyRequests };
}

/** The URL the app's instance query asks for (src/api/get-instance.ts). */
const clientUrl = (accountId: string, workflow: string, id: string, order: 'asc' | 'desc') =>
  buildUrl(`${workflowApiPath(accountId, workflow)}/instances/${encodeURIComponent(id)}`, { order });

afterEach(() => {
  globalThis.__earlyRequests = undefined;
});

describe('the early instance read (public/early-fetch.js)', () => {
  it('asks for exactly the URL the client will, for any names the routes allow', () => {
    const cases: [string, string, string, 'asc' | 'desc'][] = [
      ['a1b2c3', 'order-fulfilment', 'order-46061c7cd8d7', 'asc'],
      ['a1b2c3', 'my_flow-2', 'cf_0123', 'desc'],
      ['a1b2c3', 'x', '9b8acf29-0e4b-4563-abe1-b3dbfba21683', 'asc'],
    ];
    for (const [account, workflow, id, order] of cases) {
      const search = order === 'desc' ? '?order=desc&step=a-1' : '?step=a-1';
      const { fetched } = land(`${instancePath(account, workflow, id)}${search}`);
      expect(fetched).toEqual([clientUrl(account, workflow, id, order)]);
    }
  });

  it('starts nothing once the app has started (it loads async and may arrive after it)', () => {
    const { fetched } = land(instancePath('a1b2c3', 'wf', 'id-1'), {
      __earlyRequests: { responses: new Map() },
    });
    expect(fetched).toEqual([]);
  });

  it('starts nothing on other pages or a malformed address', () => {
    expect(land('/a1b2c3/workflows/order-fulfilment').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows/wf/instances/%E0%A4%A').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows/wf/instances/id/extra').fetched).toEqual([]);
  });

  it('hands its answer, read and decoded, to the client once, and not when it is stale', async () => {
    const url = clientUrl('a1b2c3', 'wf', 'id-1', 'asc');
    const body = '{"result":"café"}';
    globalThis.__earlyRequests = land(instancePath('a1b2c3', 'wf', 'id-1'), {}, async () =>
      Response.json(JSON.parse(body), {
        status: 429,
        statusText: 'Too Many',
        headers: { 'retry-after': '3' },
      }),
    ).store;
    expect(takeEarlyAnswer(clientUrl('a1b2c3', 'wf', 'id-1', 'desc'))).toBeNull();
    const answer = takeEarlyAnswer(url);
    expect(takeEarlyAnswer(url)).toBeNull();
    const early = await answer;
    expect(early?.text).toBe(body);
    expect(early?.response.status).toBe(429);
    expect(early?.response.statusText).toBe('Too Many');
    expect(early?.response.headers.get('retry-after')).toBe('3');

    globalThis.__earlyRequests = land(instancePath('a1b2c3', 'wf', 'id-1')).store;
    expect(takeEarlyAnswer(url, Date.now() + 60_000)).toBeNull();
  });

  it('leaves the request to the client when its own fails', async () => {
    globalThis.__earlyRequests = land(instancePath('a1b2c3', 'wf', 'id-1'), {}, () =>
      Promise.reject(new TypeError('Failed to fetch')),
    ).store;
    expect(await takeEarlyAnswer(clientUrl('a1b2c3', 'wf', 'id-1', 'asc'))).toBeNull();
  });
});

describe('the client taking an early answer', () => {
  it('uses it instead of sending the same GET, status and headers included', async () => {
    const url = buildUrl('/accounts/a/workflows/w/instances/i', { order: 'asc' });
    let resolve: (answer: EarlyAnswer | null) => void = () => {};
    globalThis.__earlyRequests = {
      responses: new Map([[url, { answer: new Promise((r) => (resolve = r)), at: Date.now() }]]),
    };
    const sent: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      sent.push(String(input));
      return Response.json({ result: 'from the network' });
    }) as typeof fetch;
    try {
      const schema = z.object({ result: z.string() });
      const pending = apiGet('/accounts/a/workflows/w/instances/i', schema, { query: { order: 'asc' } });
      resolve({ response: new Response(null, { status: 200 }), text: '{"result":"early"}' });
      expect(await pending).toEqual({ result: 'early' });
      // A second read of the same URL goes to the network.
      expect(
        await apiGet('/accounts/a/workflows/w/instances/i', schema, { query: { order: 'asc' } }),
      ).toEqual({
        result: 'from the network',
      });
      expect(sent).toEqual([url]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
