import type { Rng } from './rng.ts';

/**
 * Bodies a broken proxy or a half-deployed API could send with a 200: cut-off JSON, an HTML error page,
 * and JSON that is valid but not the schema (no `result`, a `result` of the wrong type, a wrong envelope).
 */
const MALFORMED: readonly (readonly [string, string])[] = [
  ['application/json', '{"success":true,"errors":[],"messages":[],"result":[{"id":"ord'],
  ['text/html', '<html><body><h1>502 Bad Gateway</h1><p>cloudflare</p></body></html>'],
  ['application/json', ''],
  ['application/json', '{"success":true,"errors":[],"messages":[]}'],
  ['application/json', '{"success":true,"errors":[],"messages":[],"result":"not an object"}'],
  ['application/json', '{"ok":true,"data":{"items":[]}}'],
  ['application/json', '[1,2,3]'],
];

export function malformedResponse(rng: Rng): Response {
  const [contentType, body] = rng.pick(MALFORMED);
  return new Response(body, { status: 200, headers: { 'content-type': contentType } });
}

/** Never answers; rejects with the abort reason once the caller gives up (as fetch does). */
export function noAnswer(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return;
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** What `fetch` (undici) throws when the server drops the connection mid-request. */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}
