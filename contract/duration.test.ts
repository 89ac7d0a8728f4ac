import { describe, expect, it } from 'vitest';
import { parseWorkflowDuration } from './duration.ts';

describe('parseWorkflowDuration', () => {
  it('reads numbers as milliseconds and duration strings in every unit the API allows', () => {
    expect(parseWorkflowDuration(10_000)).toBe(10_000);
    expect(parseWorkflowDuration('30 seconds')).toBe(30_000);
    expect(parseWorkflowDuration('1 second')).toBe(1_000);
    expect(parseWorkflowDuration('10 minutes')).toBe(600_000);
    expect(parseWorkflowDuration('1 hour')).toBe(3_600_000);
    expect(parseWorkflowDuration('2 days')).toBe(172_800_000);
    expect(parseWorkflowDuration('1 week')).toBe(604_800_000);
  });

  it('gives nothing for a delay computed by user code, or for what it cannot read', () => {
    expect(parseWorkflowDuration('[dynamic]')).toBeUndefined();
    expect(parseWorkflowDuration('soon')).toBeUndefined();
    expect(parseWorkflowDuration(Number.NaN)).toBeUndefined();
    expect(parseWorkflowDuration(null)).toBeUndefined();
  });
});
