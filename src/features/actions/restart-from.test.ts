import { describe, expect, it } from 'vitest';
import { restartFrom, restartPoints } from './restart-from.ts';

describe('restart from a step', () => {
  it('splits the counter suffix off the name and names the step kind as the API does', () => {
    expect(restartFrom({ type: 'step', name: 'charge-card-2' })).toEqual({
      name: 'charge-card',
      count: 2,
      type: 'do',
    });
    expect(restartFrom({ type: 'sleep', name: 'cool-off-1' })).toEqual({
      name: 'cool-off',
      count: 1,
      type: 'sleep',
    });
    expect(restartFrom({ type: 'waitForEvent', name: 'approval-1' })).toEqual({
      name: 'approval',
      count: 1,
      type: 'waitForEvent',
    });
  });

  it('keeps a name without a suffix whole, and skips rollbacks and terminations', () => {
    expect(restartFrom({ type: 'step', name: 'load' })).toEqual({ name: 'load', count: 1, type: 'do' });
    expect(restartFrom({ type: 'rollback', name: 'charge-card-1' })).toBeNull();
    expect(restartFrom({ type: 'termination' })).toBeNull();
    expect(restartPoints([{ type: 'step', name: 'a-1' }, { type: 'termination' }])).toHaveLength(1);
  });
});
