import { formatRelative } from '../../lib/format-time.ts';

/**
 * Says when live refresh is failing (upstream error, network down, malformed answer) instead of letting the
 * table go stale in silence: what failed, and how old the rows are. Polling goes on, so it clears itself.
 */
export function LiveProblem({ error, updatedAt, now }: { error: Error; updatedAt: number; now: number }) {
  return (
    <span role="alert" className="text-xs text-amber-800">
      Live refresh is failing ({error.message}); rows as of{' '}
      {updatedAt > 0 ? formatRelative(updatedAt, now) : 'the first load'}. Still trying.
    </span>
  );
}
