import { describe, expect, it } from 'vitest';
import { disabledReason, planBulk } from './action-rules.ts';

describe('what a status allows', () => {
  it('pauses running and waiting instances, resumes paused ones', () => {
    expect(disabledReason('pause', 'running')).toBeNull();
    expect(disabledReason('pause', 'waiting')).toBeNull();
    expect(disabledReason('pause', 'complete')).toMatch(/this one is complete/);
    expect(disabledReason('resume', 'paused')).toBeNull();
    expect(disabledReason('resume', 'waitingForPause')).toBeNull();
    expect(disabledReason('resume', 'running')).toMatch(/Only a paused instance/);
  });

  it('refuses to terminate a final instance but restarts and deletes anything', () => {
    for (const status of ['complete', 'errored', 'terminated']) {
      expect(disabledReason('terminate', status)).toMatch(/already/);
      expect(disabledReason('restart', status)).toBeNull();
      expect(disabledReason('delete', status)).toBeNull();
    }
    expect(disabledReason('terminate', 'queued')).toBeNull();
  });

  it('leaves an unknown status to the API', () => {
    for (const action of ['pause', 'resume', 'terminate', 'sendEvent'] as const) {
      expect(disabledReason(action, 'hibernating')).toBeNull();
    }
  });

  it('plans a bulk run: the ones that can, and the ones skipped with why', () => {
    const plan = planBulk('terminate', [
      { id: 'a', status: 'running' },
      { id: 'b', status: 'complete' },
      { id: 'c', status: 'paused' },
    ]);
    expect(plan.act).toEqual(['a', 'c']);
    expect(plan.skip).toEqual([{ id: 'b', reason: expect.stringMatching(/already complete/) }]);
  });
});
