import { ApiError } from '../../../api/client.ts';
import { formatAbsolute } from '../../../lib/format-time.ts';
import type { TimeZone } from '../../../lib/url-state/view-state.ts';

/**
 * Says when live refresh is failing (upstream error, network down, malformed answer) instead of letting the
 * table go stale in silence: what failed, and since when the rows may be stale (an absolute time, so that a
 * screen reader is not told again every second). Polling goes on, so it clears itself. A rate limit is left
 * to the budget's own line, which counts the wait down.
 */
export function LiveProblem({ error, updatedAt, tz }: { error: Error; updatedAt: number; tz: TimeZone }) {
  if (error instanceof ApiError && error.kind === 'rate-limited') return null;
  return (
    <span role="status" className="text-xs text-amber-800">
      Live refresh is failing ({error.message}); rows as of{' '}
      {updatedAt > 0 ? formatAbsolute(updatedAt, tz) : 'the first load'}. Still trying.
    </span>
  );
}
