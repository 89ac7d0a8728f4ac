import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestSimulator, server, simulatorHandlers, TEST_NOW } from '../../testing/msw-server.ts';
import type { InstanceListFilter } from './fetch-page.ts';
import { loadAllPages } from './load-all.ts';
import { mergedRows } from './merged-pages.ts';

const simulator = createTestSimulator();
const listRequests: string[] = [];
const record = ({ request }: { request: Request }) => {
  if (new URL(request.url).pathname.endsWith('/instances')) listRequests.push(request.url);
};

beforeEach(() => {
  listRequests.length = 0;
  server.use(...simulatorHandlers(simulator));
  server.events.on('request:start', record);
});
afterEach(() => server.events.removeListener('request:start', record));

const filter: InstanceListFilter = {
  accountId: simulator.accountId,
  workflowName: 'order-fulfilment',
  statuses: ['complete', 'errored'],
  start: TEST_NOW - 30 * 86_400_000,
  end: TEST_NOW,
};

describe('loadAllPages', () => {
  it('two runs over the same list share each page request instead of sending it twice', async () => {
    const alone = new QueryClient();
    const single = await loadAllPages(alone, filter, { signal: new AbortController().signal });
    const once = listRequests.length;
    expect(once).toBeGreaterThan(2);

    listRequests.length = 0;
    const both = new QueryClient();
    const [a, b] = await Promise.all([
      loadAllPages(both, filter, { signal: new AbortController().signal }),
      loadAllPages(both, filter, { signal: new AbortController().signal }),
    ]);
    expect(listRequests.length).toBe(once);
    const ids = mergedRows(single).map((row) => row.id);
    expect(mergedRows(a).map((row) => row.id)).toEqual(ids);
    expect(mergedRows(b).map((row) => row.id)).toEqual(ids);
  });

  it('a run cancelled while sharing a page leaves the other run to finish the list', async () => {
    const alone = new QueryClient();
    const ids = mergedRows(await loadAllPages(alone, filter, { signal: new AbortController().signal })).map(
      (row) => row.id,
    );
    const client = new QueryClient();
    const cancelled = new AbortController();
    const first = loadAllPages(client, filter, { signal: cancelled.signal });
    const second = loadAllPages(client, filter, { signal: new AbortController().signal });
    cancelled.abort();
    await expect(first).rejects.toThrow();
    expect(mergedRows(await second).map((row) => row.id)).toEqual(ids);
  });
});
