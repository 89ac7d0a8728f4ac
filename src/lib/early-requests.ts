/**
 * The landing address's large read, started by `public/early-fetch.js` while the page is parsed.
 *
 * An instance of 10,000 steps is megabytes: fetched by the route's loader, it would start only after the
 * browser has downloaded and evaluated React, the router and the app (hundreds of ms). The early script asks
 * for the instance an instance-view address names at once (in live mode the server's page preloads it too)
 * and reads and decodes the body as it arrives; the API client takes that answer instead of sending the same
 * GET again.
 * Nothing else is fetched early: everything small can wait for the app.
 */

/** Where the local server mirrors the Cloudflare API (the client's API_BASE). */
export const MIRROR_BASE = '/api/client/v4';
/** An early answer nobody took by then is dropped (the app went elsewhere, or asked differently). */
const KEEP_MS = 15_000;

/** A GET answered early: the response's status and headers (no body), and its body as text. */
export interface EarlyAnswer {
  response: Response;
  text: string;
}

interface EarlyStore {
  responses: Map<string, { answer: Promise<EarlyAnswer | null>; at: number }>;
}
declare global {
  var __earlyRequests: EarlyStore | undefined;
}

// From here on the app sends its own requests: an early-fetch.js that arrives later (it loads async) sees
// this store and starts nothing.
globalThis.__earlyRequests ??= { responses: new Map() };

/**
 * The early answer for exactly this GET, once; null when there is none (or it is too old). The promise
 * settles with null when the early read failed: the caller then sends its own request.
 */
export function takeEarlyAnswer(url: string, now = Date.now()): Promise<EarlyAnswer | null> | null {
  const store = globalThis.__earlyRequests;
  const early = store?.responses.get(url);
  if (!store || !early) return null;
  store.responses.delete(url);
  return now - early.at <= KEEP_MS ? early.answer : null;
}
