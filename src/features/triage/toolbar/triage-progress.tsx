import { useEffect, useState, useSyncExternalStore } from 'react';
import { requestBudget } from '../../../api/request-budget.ts';
import type { TriageSnapshot } from '../data/triage-run.ts';

/** "Grouped 180 of 412 errored instances", what is still going on, and when the budget holds it back. */
export function TriageProgress({ snapshot, grouped }: { snapshot: TriageSnapshot; grouped: number }) {
  const total = snapshot.rows.length;
  const failed = snapshot.failedIds.size;
  const done = snapshot.listDone && grouped + failed >= total;
  useSyncExternalStore(requestBudget.subscribe, requestBudget.getSnapshot);
  const [, tick] = useState(0);
  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [done]);
  const waitMs = done ? 0 : requestBudget.waitFor('bulk');
  const count = (n: number) => n.toLocaleString('en-US');
  return (
    <div role="status" className="text-sm text-slate-700">
      <p>
        Grouped <span data-testid="grouped-count">{count(grouped)}</span> of{' '}
        <span data-testid="errored-count">{count(total)}</span>
        {snapshot.listDone ? '' : '+'} errored instances
        {done ? '.' : snapshot.listDone ? ': fetching details…' : ': listing the range…'}
        {failed > 0 ? ` ${count(failed)} could not be read.` : ''}
      </p>
      {waitMs > 1000 ? (
        <p className="text-amber-800">
          The request budget is spent for now: showing what was fetched; grouping continues in{' '}
          {Math.ceil(waitMs / 1000)} s by itself.
        </p>
      ) : null}
      {snapshot.error ? <p className="text-rose-700">Listing stopped: {snapshot.error}</p> : null}
    </div>
  );
}
