import { QueryClient } from '@tanstack/react-query';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestSimulator, server, simulatorHandlers, TEST_NOW } from '../../testing/msw-server.ts';
import { listAllInstances } from '../../testing/simulator-rows.ts';
import {
  fetchLiveRows,
  type LiveRowRequest,
  type LiveRowsData,
  liveRowsQueryOptions,
  planLiveRows,
} from './live-rows.ts';

let clock = TEST_NOW;
const simulator = createTestSimulator(() => clock);
const requests: URL[] = [];
const record = ({ request }: { request: Request }) => {
  requests.push(new URL(request.url));
};

beforeEach(() => {
  clock = TEST_NOW;
  requests.length = 0;
  server.use(...simulatorHandlers(simulator));
  server.events.on('request:start', record);
});
afterEach(() => server.events.removeListener('request:start', record));

const at = (workflowName: string) => ({ accountId: simulator.accountId, workflowName });

describe('fetchLiveRows', () => {
  it('looks up a row that is no longer in its status and learns what it became', async () => {
    const rows = await listAllInstances(simulator, 'onboarding-emails');
    // Waiting at the simulator's now, complete an hour later (seed 42).
    const row = rows.find((candidate) => candidate.id === '1946318d-4fca-4b17-b264-61dd52014d72');
    if (!row) throw new Error('seed changed');
    const plan = planLiveRows([row], new Set());
    clock = TEST_NOW + 3_600_000;
    const answer = await fetchLiveRows(at('onboarding-emails'), plan);
    expect(answer.failure).toBeUndefined();
    expect(answer.rows.find((fresh) => fresh.id === row.id)?.status).toBe('complete');
    // One request for the status, one lookup for the row that left it.
    expect(requests.map((url) => url.searchParams.get('status'))).toEqual(['waiting', null]);
  });

  it('does not take rows beyond a full page for moved on', async () => {
    const complete = await listAllInstances(simulator, 'order-fulfilment', { status: 'complete' });
    expect(complete.length).toBeGreaterThan(100);
    const oldest = complete.slice(-3);
    // An instance created in the same millisecond as the page's last row that sorts after it (by id).
    const tie = { id: `${complete[99]?.id}~`, created_on: complete[99]?.created_on ?? '' };
    const request: LiveRowRequest = {
      status: 'complete',
      dateStart: (complete.at(-1) as { created_on: string }).created_on,
      dateEnd: new Date(Date.parse((complete[0] as { created_on: string }).created_on) + 1).toISOString(),
      rows: [tie, ...oldest.map(({ id, created_on }) => ({ id, created_on }))],
    };
    const answer = await fetchLiveRows(at('order-fulfilment'), [request]);
    expect(answer.rows).toHaveLength(100);
    // Not on the page, but not after its last row either: unanswered, so no lookup.
    expect(requests).toHaveLength(1);
  });
});

describe('liveRowsQueryOptions', () => {
  it('takes turns through the plan, and a failed request neither loses the other answers nor the turn', async () => {
    const rows = await listAllInstances(simulator, 'onboarding-emails');
    // Six one-row requests (a plan makes one per run of 50 rows of a status).
    const plan = rows
      .filter((row) => row.status === 'waiting')
      .slice(0, 6)
      .flatMap((row) => planLiveRows([row], new Set()));
    expect(plan).toHaveLength(6);
    requests.length = 0;
    const failing = plan[1]?.dateStart;
    server.use(
      http.get('*/api/client/v4/accounts/:account/workflows/:workflow/instances', ({ request }) =>
        new URL(request.url).searchParams.get('date_start') === failing
          ? HttpResponse.json({ success: false, errors: [{ code: 10000, message: 'boom' }] }, { status: 500 })
          : undefined,
      ),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = liveRowsQueryOptions({ ...at('onboarding-emails'), statuses: [] }, () => plan, false);
    await expect(queryClient.fetchQuery(options)).rejects.toThrow();
    const afterFailure = queryClient.getQueryData<LiveRowsData>(options.queryKey);
    expect(afterFailure?.polls).toBe(1);
    expect(afterFailure?.completeAt).toBe(0);
    // The first three requests were made; the two that worked were kept.
    const firstTurn = requests.map((url) => url.searchParams.get('date_start'));
    expect(firstTurn).toEqual(plan.slice(0, 3).map((request) => request.dateStart));
    expect(Object.keys(afterFailure?.byId ?? {}).length).toBeGreaterThan(0);
    requests.length = 0;
    const next = await queryClient.fetchQuery({ ...options, staleTime: 0 });
    expect(next.polls).toBe(2);
    expect(requests.map((url) => url.searchParams.get('date_start'))).toEqual(
      [3, 4, 5].map((i) => plan[i % plan.length]?.dateStart),
    );
  });
});
