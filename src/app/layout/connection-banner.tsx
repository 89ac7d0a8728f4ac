import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect, useSyncExternalStore } from 'react';
import { connection } from '../../api/connection.ts';
import { getMeta } from '../../api/get-meta.ts';

/** How often to knock while the server cannot be reached. */
export const PROBE_INTERVAL_MS = 3_000;

/**
 * Says when the browser is offline or the dashboard server cannot be reached, knocks until it answers, then
 * fetches again whatever failed meanwhile. The page and its URL stay as they are throughout.
 */
export function ConnectionBanner() {
  const state = useSyncExternalStore(connection.subscribe, connection.get);
  const queryClient = useQueryClient();
  const router = useRouter();

  useEffect(() => {
    const onOffline = () => connection.lost();
    const onOnline = () => void getMeta().catch(() => undefined);
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
    };
  }, []);

  useEffect(() => {
    if (state === 'up') return;
    const timer = setInterval(() => void getMeta().catch(() => undefined), PROBE_INTERVAL_MS);
    // Back: refetch what failed while the server was away, and re-run failed route loads.
    const unsubscribe = connection.subscribe(() => {
      if (connection.get() !== 'up') return;
      void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
      void router.invalidate({ filter: (match) => match.status === 'error' });
    });
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [state, queryClient, router]);

  if (state === 'up') return null;
  return (
    <div role="status" className="bg-red-600 px-6 py-1.5 text-sm font-medium text-white">
      {state === 'offline'
        ? 'You are offline. The dashboard will catch up when the network is back.'
        : 'Cannot reach the dashboard server. Retrying every few seconds; nothing on this page is lost.'}
    </div>
  );
}
