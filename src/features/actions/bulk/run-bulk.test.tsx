import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { instanceListResponseSchema } from '../../../../contract/instances.ts';
import { SIMULATOR_BASE_URL } from '../../../../simulator/index.ts';
import { createTestSimulator, server, simulatorHandlers } from '../../../testing/msw-server.ts';
import type { BulkAction, ReportEntry } from './bulk-report.ts';
import { runBulk } from './run-bulk.ts';

const sim = createTestSimulator();
const WORKFLOW = 'payment-retries';

async function listed(status: string): Promise<string[]> {
  const url = `http://simulator.invalid/client/v4/accounts/${sim.accountId}/workflows/${WORKFLOW}/instances?per_page=100&status=${status}`;
  return instanceListResponseSchema
    .parse(await (await sim.fetch(new Request(url))).json())
    .result.map((r) => r.id);
}

/** Runs `action` over `ids` against the simulator; returns the report's entries in arrival order. */
async function run(action: BulkAction, ids: string[], signal: AbortSignal) {
  const entries: ReportEntry[] = [];
  await runBulk({
    action,
    accountId: sim.accountId,
    workflowName: WORKFLOW,
    ids,
    signal,
    onEntry: (entry) => entries.push(entry),
  });
  return entries;
}

beforeEach(() => server.use(...simulatorHandlers(sim, { writes: true })));

describe('runBulk', () => {
  it('sends a few at a time, and a rate-limited write waits and goes again instead of failing', async () => {
    const ids = (await listed('complete')).slice(0, 9);
    expect(ids).toHaveLength(9);
    let inFlight = 0;
    let most = 0;
    let limited = 0;
    server.use(
      http.patch('*/api/client/v4/accounts/*/workflows/*/instances/*/status', async (info) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        if (info.request.url.includes(ids[4] as string) && limited === 0) {
          limited++;
          return HttpResponse.json(
            {
              success: false,
              errors: [{ code: 971, message: 'Please wait and consider throttling your request speed' }],
              messages: [],
              result: null,
            },
            { status: 429, headers: { 'retry-after': '0' } },
          );
        }
        const url = new URL(info.request.url);
        return sim.fetch(
          new Request(`${SIMULATOR_BASE_URL}${url.pathname.replace(/^\/api\/client\/v4/, '')}`, {
            method: 'PATCH',
            headers: info.request.headers,
            body: await info.request.text(),
          }),
        );
      }),
    );
    const entries = await run('restart', ids, new AbortController().signal);
    expect(limited).toBe(1);
    expect(entries.map((e) => e.id).sort()).toEqual([...ids].sort());
    expect(entries.every((e) => e.outcome === 'done')).toBe(true);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('reports the API refusal of each instance, and stops sending on Cancel', async () => {
    const done = (await listed('terminated')).slice(0, 3);
    const entries = await run('terminate', done, new AbortController().signal);
    expect(entries).toHaveLength(3);
    for (const entry of entries)
      expect(entry).toMatchObject({ outcome: 'failed', message: expect.any(String) });

    const abort = new AbortController();
    abort.abort();
    const none = await run('pause', done, abort.signal);
    expect(none).toEqual([]);
  });
});
