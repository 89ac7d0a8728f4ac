import { describe, expect, it } from 'vitest';
import { dryRun } from './dry-run.ts';

describe('the dry run of a bulk action', () => {
  it('says how many will be acted on and why the rest are skipped', () => {
    const items = [
      ...Array.from({ length: 35 }, (_, k) => ({ id: `r${k}`, status: 'running' })),
      { id: 'c1', status: 'complete' },
      { id: 'c2', status: 'complete' },
    ];
    const plan = dryRun('terminate', items);
    expect(plan.summary).toBe(
      'Terminate 37 instances: 35 can be terminated, 2 are already complete and will be skipped',
    );
    expect(plan.act).toHaveLength(35);
    expect(plan.skip.map((s) => s.id)).toEqual(['c1', 'c2']);
  });

  it('skips nothing for a delete', () => {
    expect(dryRun('delete', [{ id: 'a', status: 'complete' }]).summary).toBe(
      'Delete 1 instance: 1 can be deleted',
    );
  });
});
