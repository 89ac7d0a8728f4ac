import { describe, expect, it } from 'vitest';
import type { InstanceSummary } from '../../contract/instances.ts';
import { MAX_STATUS_REQUESTS, planLiveRows } from './live-rows.ts';

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
  it('asks once per live status, over whole seconds around its rows, leaving out final rows and the head', () => {
    const head = row('running', '2026-11-20T11:59:00.000Z');
    const a = row('waiting', '2026-11-20T10:00:00.250Z');
    const b = row('waiting', '2026-11-19T08:30:15.900Z');
    const c = row('running', '2026-11-19T07:00:00.000Z');
    const done = row('complete', '2026-11-19T06:00:00.000Z', '2026-11-19T06:01:00.000Z');
    const plan = planLiveRows([head, a, b, c, done], new Set([head.id]));
    expect(plan).toEqual([
      {
        status: 'waiting',
        dateStart: '2026-11-19T08:30:15Z',
        dateEnd: '2026-11-20T10:00:01Z',
        rows: [
          { id: a.id, created_on: a.created_on },
          { id: b.id, created_on: b.created_on },
        ],
      },
      {
        status: 'running',
        dateStart: '2026-11-19T07:00:00Z',
        dateEnd: '2026-11-19T07:00:01Z',
        rows: [{ id: c.id, created_on: c.created_on }],
      },
    ]);
  });

  it('asks about the statuses with the most rows first, a few per poll', () => {
    const rows = [
      'queued',
      'paused',
      'waiting',
      'waiting',
      'running',
      'running',
      'running',
      'rollingBack',
    ].map((status, i) => row(status, `2026-11-20T0${i}:00:00.000Z`));
    const plan = planLiveRows(rows, new Set());
    expect(plan.map((request) => request.status)).toEqual(['running', 'waiting', 'paused']);
    expect(plan).toHaveLength(MAX_STATUS_REQUESTS);
  });
});
