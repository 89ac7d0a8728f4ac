/**
 * Whether the dashboard server can be reached, as the last request found it. Every request reports here
 * (client.ts, get-meta.ts), so one banner can say "the server is down" and recover when it is back, instead
 * of each view failing on its own. The browser's own offline state counts too.
 */
export type ConnectionState = 'up' | 'server-down' | 'offline';

let state: ConnectionState = 'up';
const listeners = new Set<() => void>();

function set(next: ConnectionState) {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

export const connection = {
  get: (): ConnectionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** A request reached the server (whatever it answered). */
  reached: () => set('up'),
  /** A request could not reach the server. */
  lost: () => set(browserOffline() ? 'offline' : 'server-down'),
};
