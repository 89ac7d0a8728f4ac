import { useSyncExternalStore } from 'react';
import { requestBudget } from '../../../api/request-budget.ts';
import { RateLimitNotice } from '../../../components/rate-limit-notice.tsx';

/** The request budget, and the wait after a 429 ("Rate limited: resuming in 12 s") in place. */
export function BudgetStatus() {
  const snapshot = useSyncExternalStore(requestBudget.subscribe, requestBudget.getSnapshot);
  return (
    <span className="text-xs text-slate-500">
      <RateLimitNotice inPage />
      <span title="Requests in the last 5 minutes on this token: this tab's, or every tab's and tool's when the server counted more (Cloudflare allows 1,200 per token)">
        {snapshot.used.toLocaleString('en-US')} / {snapshot.capacity.toLocaleString('en-US')} requests
      </span>
    </span>
  );
}
