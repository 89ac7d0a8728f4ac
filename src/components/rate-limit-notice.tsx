import { useEffect, useState, useSyncExternalStore } from 'react';
import { requestBudget } from '../api/request-budget.ts';

/**
 * "Rate limited by the Cloudflare API: resuming in 12 s" while the tab's requests wait out a 429. A view
 * that shows it in place (the instance table's toolbar) says so by mounting it with `inPage`; the app
 * shell's copy shows only when no view does, so every screen says why it waits, and none says it twice.
 */
const inPage = new Set<symbol>();
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
const subscribeInPage = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const inPageCount = () => inPage.size;

/** Seconds left of the wait after a 429, or null when requests may go. */
function useRateLimitWait(): number | null {
  const snapshot = useSyncExternalStore(requestBudget.subscribe, requestBudget.getSnapshot);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (snapshot.blockedUntil <= Date.now()) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() > snapshot.blockedUntil) clearInterval(timer);
    }, 500);
    return () => clearInterval(timer);
  }, [snapshot.blockedUntil]);
  return snapshot.blockedUntil > now ? Math.ceil((snapshot.blockedUntil - now) / 1000) : null;
}

export function RateLimitNotice({ inPage: placedInPage = false }: { inPage?: boolean }) {
  const seconds = useRateLimitWait();
  const others = useSyncExternalStore(subscribeInPage, inPageCount);
  useEffect(() => {
    if (!placedInPage) return;
    const token = Symbol('in-page rate limit notice');
    inPage.add(token);
    notify();
    return () => {
      inPage.delete(token);
      notify();
    };
  }, [placedInPage]);
  if (seconds === null || (!placedInPage && others > 0)) return null;
  const text = `Rate limited by the Cloudflare API: resuming in ${seconds} s`;
  if (placedInPage)
    return (
      <span role="status" className="mr-2 font-medium text-amber-700">
        {text}
      </span>
    );
  return (
    <div role="status" className="bg-amber-100 px-6 py-1.5 text-sm font-medium text-amber-900">
      {text}
    </div>
  );
}
