import { useEffect, useState, useSyncExternalStore } from 'react';
import { requestBudget } from '../../../api/request-budget.ts';

/** The tab's request budget, and the wait after a 429 ("Rate limited: resuming in 12 s"). */
export function BudgetStatus() {
  const snapshot = useSyncExternalStore(requestBudget.subscribe, requestBudget.getSnapshot);
  const [now, setNow] = useState(() => Date.now());
  const blocked = snapshot.blockedUntil > now;
  useEffect(() => {
    if (snapshot.blockedUntil <= Date.now()) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() > snapshot.blockedUntil) clearInterval(timer);
    }, 500);
    return () => clearInterval(timer);
  }, [snapshot.blockedUntil]);
  return (
    <span className="text-xs text-slate-500">
      {blocked && (
        <span role="status" className="mr-2 font-medium text-amber-700">
          Rate limited by the Cloudflare API: resuming in {Math.ceil((snapshot.blockedUntil - now) / 1000)} s
        </span>
      )}
      <span title="Requests this tab made in the last 5 minutes (Cloudflare allows 1,200 per token)">
        {snapshot.used.toLocaleString('en-US')} / {snapshot.capacity.toLocaleString('en-US')} requests
      </span>
    </span>
  );
}
