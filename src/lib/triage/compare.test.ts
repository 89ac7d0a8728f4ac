import { describe, expect, it } from 'vitest';
import type { Step } from '../../../contract/instances.ts';
import { compareSteps } from './compare.ts';

const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 12, 0, s)).toISOString();
const step = (name: string, success: boolean, attempts: number, seconds: number): Step => ({
  type: 'step',
  name,
  start: at(0),
  end: at(seconds),
  success,
  output: null,
  attempts: Array.from({ length: attempts }, () => ({ start: at(0), end: at(1), success, error: null })),
});

describe('compareSteps', () => {
  it('aligns by step name and marks the first step whose outcome differs', () => {
    const failed = [
      step('validate-1', true, 1, 1),
      step('charge-card-1', false, 4, 9),
      step('rollback-1', true, 1, 1),
    ];
    const complete = [
      step('validate-1', true, 1, 2),
      step('charge-card-1', true, 1, 3),
      step('ship-1', true, 1, 5),
    ];
    const rows = compareSteps(failed, complete);
    expect(rows.map((r) => [r.name, r.divergesHere])).toEqual([
      ['validate-1', false],
      ['charge-card-1', true],
      ['rollback-1', false],
      ['ship-1', false],
    ]);
    expect(rows[1]).toMatchObject({
      failed: { outcome: 'failed', attempts: 4, durationMs: 9000 },
      complete: { outcome: 'ok', attempts: 1, durationMs: 3000 },
    });
    expect(rows[3]?.failed).toBeNull();
  });
});
