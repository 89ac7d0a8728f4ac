import { describe, expect, it } from 'vitest';
import { causeId, causeOf, failingStepOf, failureOf } from './cause.ts';
import { bucketCounts, groupFailures, searchGroups, sortGroups, type TriageItem } from './group.ts';

const item = (
  id: string,
  createdMs: number,
  step: string,
  errorName: string,
  message: string,
): TriageItem => ({
  instanceId: id,
  createdMs,
  failure: { step, errorName, message },
});

describe('causes and their ids', () => {
  it('reads the step without its counter, and the step named in the message too', () => {
    const a = causeOf({
      step: 'charge-card-2',
      errorName: 'TimeoutError',
      message: 'charge-card-2 timed out after 30000ms',
    });
    const b = causeOf({
      step: 'charge-card-1',
      errorName: 'TimeoutError',
      message: 'charge-card-1 timed out after 60000ms',
    });
    expect(a).toEqual({
      step: 'charge-card',
      errorName: 'TimeoutError',
      template: 'charge-card timed out after <duration>',
    });
    expect(causeId(a)).toBe(causeId(b));
  });

  it('keeps the same text apart under another step or error name', () => {
    const base = {
      step: 'await-approval-1',
      errorName: 'WorkflowTimeoutError',
      message: 'Execution timed out',
    };
    const id = causeId(causeOf(base));
    expect(causeId(causeOf({ ...base, step: 'await-webhook-1' }))).not.toBe(id);
    expect(causeId(causeOf({ ...base, errorName: 'TimeoutError' }))).not.toBe(id);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('finds the failing step and attempt in an instance log', () => {
    const attempt = (error: { name: string; message: string } | null) => ({
      start: 'x',
      end: 'y',
      success: error === null,
      error,
    });
    const detail = {
      error: { name: 'UpstreamError', message: 'api responded 503' },
      steps: [
        { type: 'step' as const, name: 'validate-1', success: true, attempts: [attempt(null)] },
        {
          type: 'step' as const,
          name: 'charge-card-1',
          success: false,
          attempts: [
            attempt({ name: 'UpstreamError', message: 'api responded 502' }),
            attempt({ name: 'UpstreamError', message: 'api responded 503' }),
          ],
        },
      ],
    };
    const failing = failingStepOf(detail);
    expect(failing).toMatchObject({ name: 'charge-card-1', attempt: 2, attempts: 2 });
    expect(failureOf(detail)).toMatchObject({
      step: 'charge-card-1',
      errorName: 'UpstreamError',
      message: 'api responded 503',
    });
  });
});

describe('groupFailures', () => {
  const items = [
    item('a', 3, 'charge-1', 'E', 'order ord_11aa22 failed ($5.00)'),
    item('b', 1, 'charge-2', 'E', 'order ord_33bb44 failed ($7.10)'),
    item('c', 2, 'ship-1', 'RateLimitError', 'Upstream 429 from api.x.com'),
    item('d', 5, 'ship-1', 'RateLimitError', 'Upstream 503 from api.x.com'),
  ];

  it('gives the same groups with the same ids in any order of discovery', () => {
    const forward = groupFailures(items);
    const backward = groupFailures([...items].reverse());
    expect(forward.map((g) => [g.id, g.items.map((i) => i.instanceId)])).toEqual(
      backward.map((g) => [g.id, g.items.map((i) => i.instanceId)]),
    );
    expect(forward.map((g) => g.items.length)).toEqual([2, 1, 1]);
    expect(forward[0]).toMatchObject({
      firstSeen: 1,
      lastSeen: 3,
      examples: ['order ord_11aa22 failed ($5.00)', 'order ord_33bb44 failed ($7.10)'],
    });
  });

  it('sorts by count or most recent, and searches within messages', () => {
    const groups = groupFailures(items);
    expect(sortGroups(groups, 'recent').map((g) => g.lastSeen)).toEqual([5, 3, 2]);
    expect(searchGroups(groups, 'ORD_33').map((g) => g.items.length)).toEqual([2]);
    expect(searchGroups(groups, '503')).toHaveLength(1);
  });

  it('counts failures over the range for the sparkline', () => {
    expect(bucketCounts([0, 1, 5, 9, 10, 11], 0, 10, 2)).toEqual([2, 3]);
  });
});
