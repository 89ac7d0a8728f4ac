import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const SCRIPT = readFileSync(new URL('../../public/early-fetch.js', import.meta.url), 'utf8');

/**
 * Runs public/early-fetch.js as a page at `address` would, with `fetch` stubbed (`answer` for each request,
 * by default one that never settles) and `globals` added to the page; returns the URLs it fetched and the
 * store it left. For the tests that hold its URL to the server's preload (server/early-reads.test.ts) and to
 * the client's own request (src/lib/early-requests.test.ts).
 */
export function runEarlyFetch(
  address: string,
  globals: Record<string, unknown> = {},
  answer: () => Promise<Response> = () => new Promise(() => {}),
): { fetched: string[]; store: unknown } {
  const url = new URL(address, 'http://127.0.0.1:5173');
  const fetched: string[] = [];
  const context: Record<string, unknown> = {
    window: { location: { pathname: url.pathname, search: url.search } },
    fetch: (target: string) => {
      fetched.push(target);
      return answer();
    },
    Response,
    TextDecoder,
    URLSearchParams,
    Map,
    Date,
    ...globals,
  };
  context.globalThis = context;
  runInNewContext(SCRIPT, context);
  return { fetched, store: context.__earlyRequests };
}
