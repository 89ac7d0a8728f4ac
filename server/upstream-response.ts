import { errorEnvelope } from '../contract/envelope.ts';
import type { Scrubber } from './scrub.ts';
import { responseHeaders } from './upstream.ts';
import type { BufferedResponse } from './upstream-call.ts';

/** What goes back to the browser from an upstream answer: allow-listed headers, credentials scrubbed. */
export function forwardedResponse(answer: BufferedResponse, scrubber: Scrubber): BufferedResponse {
  return {
    status: answer.status,
    headers: scrubber.headers(responseHeaders(answer.headers)),
    body: scrubber.bytes(answer.body),
  };
}

/** A Cloudflare-style failure of the server's own, buffered like an upstream answer. */
export function refusal(status: number, code: number, message: string): BufferedResponse {
  return {
    status,
    headers: new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store' }),
    body: new TextEncoder().encode(JSON.stringify(errorEnvelope(code, message))),
  };
}
