interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/** Shares in-flight work among identical callers; `createCoalescer` is the in-memory one. */
export interface Coalescer<T> {
  run(key: string, signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
}

/**
 * Shares one in-flight piece of work among identical concurrent callers. The work is aborted only when
 * every caller has gone; a caller that leaves gets its own abort, the others keep waiting. Finished work
 * is forgotten at once (this coalesces, it does not cache).
 */
export function createCoalescer<T>() {
  const flights = new Map<string, Flight<T>>();
  return {
    run(key: string, signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
      let flight = flights.get(key);
      if (!flight) {
        const controller = new AbortController();
        const created: Flight<T> = { promise: work(controller.signal), controller, waiters: 0 };
        const forget = () => {
          if (flights.get(key) === created) flights.delete(key);
        };
        created.promise.then(forget, forget);
        flights.set(key, created);
        flight = created;
      }
      const joined = flight;
      joined.waiters++;
      return new Promise<T>((resolve, reject) => {
        const leave = () => {
          joined.waiters--;
          if (joined.waiters === 0) {
            if (flights.get(key) === joined) flights.delete(key);
            joined.controller.abort(signal.reason);
          }
          reject(signal.reason);
        };
        if (signal.aborted) return leave();
        signal.addEventListener('abort', leave, { once: true });
        joined.promise.then(
          (value) => {
            signal.removeEventListener('abort', leave);
            resolve(value);
          },
          (error: unknown) => {
            signal.removeEventListener('abort', leave);
            reject(error);
          },
        );
      });
    },
    /** In-flight keys (tests and diagnostics). */
    size: () => flights.size,
  };
}
