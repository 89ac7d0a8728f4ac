import type { ReactNode } from 'react';
import type { ErrorGroup } from '../../../lib/triage/group.ts';

/** A cause's error name and failing step as badges, then whatever the caller adds (its count, its id). */
export function CauseBadges({ cause, children }: { cause: ErrorGroup['cause']; children?: ReactNode }) {
  return (
    <p className="flex flex-wrap gap-2 text-xs">
      <span className="rounded bg-rose-50 px-1.5 py-0.5 font-medium text-rose-800">{cause.errorName}</span>
      <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-700">
        step {cause.step || '(run)'}
      </span>
      {children}
    </p>
  );
}
