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

/**
 * Requests left unanswered, held until their caller gives up. A Request follows its caller's signal through
 * a weak reference (undici), so one that nothing else held could be collected first, and its signal then
 * never aborted: the caller waited forever (a test of `timeout=` hung once in 600 runs of the suite). A
 * request whose caller never gives up stays here, as that caller waits forever anyway (the server's calls
 * all have a deadline).
 */
const unanswered = new Set<Request>();

/** Never answers; rejects with the abort reason once the caller gives up (as fetch does). */
export function noAnswer(request: Request | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (!request) return;
    const signal = request.signal;
    if (signal.aborted) return reject(signal.reason);
    unanswered.add(request);
    signal.addEventListener(
      'abort',
      () => {
        unanswered.delete(request);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** What `fetch` (undici) throws when the server drops the connection mid-request. */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}
