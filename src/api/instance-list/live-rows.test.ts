import { describe, expect, it } from 'vitest';
import type { InstanceSummary } from '../../../contract/instances.ts';
import { MAX_STATUS_REQUESTS, planLiveRows, ROWS_PER_REQUEST, requestsForPoll } from './live-rows.ts';

let n = 0;
function row(status: string, created: string, ended: string | null = null): InstanceSummary {
  n++;
  return {
    id: `i-${n}`,
    status,
    created_on: created,
    modified_on: created,
    started_on: created,
    ended_on: ended,
    version_id: '00000000-0000-4000-8000-000000000001',
    workflow_id: '00000000-0000-4000-8000-000000000002',
  };
}

describe('planLiveRows', () => {
  it("asks per live status over its rows' creation times, leaving out final rows and the head", () => {
    const head = row('running', '2026-11-20T11:59:00.000Z');
    const a = row('waiting', '2026-11-20T10:00:00.250Z');
    const b = row('waiting', '2026-11-19T08:30:15.900Z');
    const c = row('running', '2026-11-19T07:00:00.000Z');
    const done = row('complete', '2026-11-19T06:00:00.000Z', '2026-11-19T06:01:00.000Z');
    const plan = planLiveRows([head, a, b, c, done], new Set([head.id]));
    expect(plan).toEqual([
      {
        status: 'running',
        dateStart: '2026-11-19T07:00:00.000Z',
        dateEnd: '2026-11-19T07:00:00.001Z',
        rows: [{ id: c.id, created_on: c.created_on }],
      },
      {
        status: 'waiting',
        dateStart: '2026-11-19T08:30:15.900Z',
        dateEnd: '2026-11-20T10:00:00.251Z',
        rows: [
          { id: a.id, created_on: a.created_on },
          { id: b.id, created_on: b.created_on },
        ],
      },
    ]);
  });

  it('splits a status with many rows into runs that one page can answer for', () => {
    const rows = Array.from({ length: ROWS_PER_REQUEST * 2 + 1 }, (_, i) =>
      row('waiting', new Date(Date.parse('2026-11-20T00:00:00.000Z') - i * 60_000).toISOString()),
    );
    const plan = planLiveRows(rows, new Set());
    expect(plan.map((request) => request.rows.length)).toEqual([ROWS_PER_REQUEST, ROWS_PER_REQUEST, 1]);
    expect(plan.flatMap((request) => request.rows.map((r) => r.id))).toEqual(rows.map((r) => r.id));
  });
});

describe('requestsForPoll', () => {
  it('takes turns so that every request is made within a few polls', () => {
    const statuses = ['queued', 'paused', 'waiting', 'running', 'rollingBack', 'waitingForPause', 'queued'];
    const plan = planLiveRows(
      statuses.map((status, i) => row(status, `2026-11-20T0${i}:00:00.000Z`)),
      new Set(),
    );
    expect(plan).toHaveLength(6);
    const asked = new Set<string>();
    for (let poll = 0; poll < 2; poll++) {
      const requests = requestsForPoll(plan, poll);
      expect(requests).toHaveLength(MAX_STATUS_REQUESTS);
      for (const request of requests) asked.add(request.status);
    }
    expect([...asked].sort()).toEqual([
      'paused',
      'queued',
      'rollingBack',
      'running',
      'waiting',
      'waitingForPause',
    ]);
  });
});
