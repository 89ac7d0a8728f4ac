import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { apiGet, buildUrl } from '../api/client.ts';
import { type EarlyAnswer, takeEarlyAnswer } from './early-requests.ts';
import { instancePath, workflowApiPath } from './paths.ts';

const SCRIPT = readFileSync(new URL('../../public/early-fetch.js', import.meta.url), 'utf8');
const WORKER = readFileSync(new URL('../../public/early-fetch-worker.js', import.meta.url), 'utf8');

/** A stand-in for the page's Worker: records what it is sent; the test answers for it. */
class FakeWorker {
  static last: FakeWorker | undefined;
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly url: string;
  constructor(url: string) {
    this.url = url;
    FakeWorker.last = this;
  }
  postMessage(data: unknown) {
    this.posted.push(data);
  }
  terminate() {
    this.terminated = true;
  }
}

/** Runs public/early-fetch.js for an address; returns the URLs it asked its worker for and the store it left. */
function land(address: string, globals: Record<string, unknown> = {}) {
  const url = new URL(address, 'http://127.0.0.1:5173');
  FakeWorker.last = undefined;
  const context: Record<string, unknown> = {
    window: { location: { pathname: url.pathname, search: url.search } },
    Worker: FakeWorker,
    Response,
    URLSearchParams,
    Map,
    Date,
    Promise,
    ...globals,
  };
  context.globalThis = context;
  runInNewContext(SCRIPT, context);
  const worker = FakeWorker.last as FakeWorker | undefined;
  return { fetched: worker?.posted ?? [], worker, store: context.__earlyRequests };
}

/** The URL the app's instance query asks for (src/api/get-instance.ts). */
const clientUrl = (accountId: string, workflow: string, id: string, order: 'asc' | 'desc') =>
  buildUrl(`${workflowApiPath(accountId, workflow)}/instances/${encodeURIComponent(id)}`, { order });

/** Runs public/early-fetch-worker.js on one URL with `fetch` stubbed; returns what it posted back. */
async function runWorker(fetch: (url: string) => Promise<Response>) {
  const posted: unknown[] = [];
  const self: Record<string, unknown> = { postMessage: (data: unknown) => posted.push(data) };
  runInNewContext(WORKER, { self, fetch });
  await (self.onmessage as (event: { data: string }) => Promise<void>)({ data: '/api/x' });
  return posted;
}

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
      const { fetched, worker } = land(`${instancePath(account, workflow, id)}${search}`);
      expect(fetched).toEqual([clientUrl(account, workflow, id, order)]);
      expect(worker?.url).toBe('/early-fetch-worker.js');
    }
  });

  it('starts nothing once the app has started (it loads async and may arrive after it)', () => {
    const { worker } = land(instancePath('a1b2c3', 'wf', 'id-1'), {
      __earlyRequests: { responses: new Map() },
    });
    expect(worker).toBeUndefined();
  });

  it('starts nothing on other pages or a malformed address', () => {
    expect(land('/a1b2c3/workflows/order-fulfilment').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows/wf/instances/%E0%A4%A').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows/wf/instances/id/extra').fetched).toEqual([]);
  });

  it('hands its answer to the client once, and not when it is stale', async () => {
    const url = clientUrl('a1b2c3', 'wf', 'id-1', 'asc');
    const { store, worker } = land(instancePath('a1b2c3', 'wf', 'id-1'));
    globalThis.__earlyRequests = store as typeof globalThis.__earlyRequests;
    expect(takeEarlyAnswer(clientUrl('a1b2c3', 'wf', 'id-1', 'desc'))).toBeNull();
    const answer = takeEarlyAnswer(url);
    expect(takeEarlyAnswer(url)).toBeNull();
    worker?.onmessage?.({
      data: { status: 200, statusText: 'OK', headers: [['ratelimit', 'x']], text: '{"a":1}' },
    });
    const early = await answer;
    expect(early?.text).toBe('{"a":1}');
    expect(early?.response.status).toBe(200);
    expect(early?.response.headers.get('ratelimit')).toBe('x');
    expect(worker?.terminated).toBe(true);

    globalThis.__earlyRequests = land(instancePath('a1b2c3', 'wf', 'id-1'))
      .store as typeof globalThis.__earlyRequests;
    expect(takeEarlyAnswer(url, Date.now() + 60_000)).toBeNull();
  });

  it('leaves the request to the client when its worker fails or cannot start', async () => {
    const url = clientUrl('a1b2c3', 'wf', 'id-1', 'asc');
    const failing = land(instancePath('a1b2c3', 'wf', 'id-1'));
    globalThis.__earlyRequests = failing.store as typeof globalThis.__earlyRequests;
    const answer = takeEarlyAnswer(url);
    failing.worker?.onerror?.();
    expect(await answer).toBeNull();

    const unfetched = land(instancePath('a1b2c3', 'wf', 'id-2'));
    globalThis.__earlyRequests = unfetched.store as typeof globalThis.__earlyRequests;
    const refused = takeEarlyAnswer(clientUrl('a1b2c3', 'wf', 'id-2', 'asc'));
    unfetched.worker?.onmessage?.({ data: { failed: 'TypeError: Failed to fetch' } });
    expect(await refused).toBeNull();

    const noWorkers = land(instancePath('a1b2c3', 'wf', 'id-3'), {
      Worker: class {
        constructor() {
          throw new Error('blocked');
        }
      },
    });
    expect(noWorkers.store).toBeUndefined();
  });
});

describe('the early read worker (public/early-fetch-worker.js)', () => {
  it('posts back the status, headers and body text, and a failure as such', async () => {
    const answered = await runWorker(async () =>
      Response.json(
        { success: false },
        { status: 429, statusText: 'Too Many', headers: { 'retry-after': '3' } },
      ),
    );
    expect(answered).toEqual([
      {
        status: 429,
        statusText: 'Too Many',
        headers: expect.arrayContaining([['retry-after', '3']]),
        text: '{"success":false}',
      },
    ]);
    const failed = await runWorker(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(failed).toEqual([{ failed: 'TypeError: Failed to fetch' }]);
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
