import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { buildUrl } from '../api/client.ts';
import { takeEarlyResponse } from './early-requests.ts';
import { instancePath, workflowApiPath } from './paths.ts';

const SCRIPT = readFileSync(new URL('../../public/early-fetch.js', import.meta.url), 'utf8');

/** Runs public/early-fetch.js for an address; returns the URLs it fetched and the store it left. */
function land(address: string) {
  const url = new URL(address, 'http://127.0.0.1:5173');
  const fetched: string[] = [];
  const context: Record<string, unknown> = {
    window: { location: { pathname: url.pathname, search: url.search } },
    fetch: (target: string) => {
      fetched.push(target);
      return Promise.resolve(new Response('{}'));
    },
    URLSearchParams,
    Map,
    Date,
  };
  context.globalThis = context;
  runInNewContext(SCRIPT, context);
  return { fetched, store: context.__earlyRequests };
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
    const url = new URL(instancePath('a1b2c3', 'wf', 'id-1'), 'http://127.0.0.1');
    const fetched: string[] = [];
    const context: Record<string, unknown> = {
      window: { location: { pathname: url.pathname, search: '' } },
      fetch: (target: string) => fetched.push(target),
      __earlyRequests: { responses: new Map() },
    };
    context.globalThis = context;
    runInNewContext(SCRIPT, context);
    expect(fetched).toEqual([]);
  });

  it('starts nothing on other pages or a malformed address', () => {
    expect(land('/a1b2c3/workflows/order-fulfilment').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows/wf/instances/%E0%A4%A').fetched).toEqual([]);
    expect(land('/a1b2c3/workflows/wf/instances/id/extra').fetched).toEqual([]);
  });

  it('hands its response to the client once, and not when it is stale', () => {
    const url = clientUrl('a1b2c3', 'wf', 'id-1', 'asc');
    const { store } = land(instancePath('a1b2c3', 'wf', 'id-1'));
    globalThis.__earlyRequests = store as typeof globalThis.__earlyRequests;
    expect(takeEarlyResponse(clientUrl('a1b2c3', 'wf', 'id-1', 'desc'))).toBeNull();
    expect(takeEarlyResponse(url)).toBeInstanceOf(Promise);
    expect(takeEarlyResponse(url)).toBeNull();

    globalThis.__earlyRequests = land(instancePath('a1b2c3', 'wf', 'id-1'))
      .store as typeof globalThis.__earlyRequests;
    expect(takeEarlyResponse(url, Date.now() + 60_000)).toBeNull();
  });
});
