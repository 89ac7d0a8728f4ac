import type { MiddlewareHandler } from 'hono';
import { MIRROR_PREFIX } from './mirror-path.ts';

/** The app's instance view: `/:accountId/workflows/:workflowName/instances/:instanceId` (src/app/routes). */
const INSTANCE_PAGE = /^\/([^/]+)\/workflows\/([^/]+)\/instances\/([^/]+)\/?$/;

/**
 * The reads a page of the app makes first, as the app will ask for them: the server's settings (every page
 * waits for them before its first render) and, on an instance's page, the instance (megabytes at 10,000
 * steps). The URL is exactly the one public/early-fetch.js and the API client build, or the browser would
 * fetch it twice. Only the configured accounts' instances: anything else the proxy refuses anyway; none at
 * all without `instance` (see preloadEarlyReads).
 */
export function earlyReads(
  pathname: string,
  search: string,
  accountIds: readonly string[],
  { instance: withInstance = true }: { instance?: boolean } = {},
): string[] {
  const reads = ['/api/meta'];
  const match = withInstance ? INSTANCE_PAGE.exec(pathname) : null;
  if (!match) return reads;
  let parts: string[];
  try {
    parts = match.slice(1, 4).map((segment) => encodeURIComponent(decodeURIComponent(segment)));
  } catch {
    return reads; // a malformed escape: the app says what is wrong with the address
  }
  const [accountId, workflow, instance] = parts as [string, string, string];
  if (!instance || !accountIds.some((id) => encodeURIComponent(id) === accountId)) return reads;
  const order = new URLSearchParams(search).get('order') === 'desc' ? 'desc' : 'asc';
  reads.push(
    `${MIRROR_PREFIX}/accounts/${accountId}/workflows/${workflow}/instances/${instance}?order=${order}`,
  );
  return reads;
}

/**
 * Announces a page's early reads with the page (`Link: <url>; rel=preload; as=fetch; crossorigin`): the
 * browser starts them as the document's headers arrive and hands the response to the app's own fetch of
 * the same URL. Only on the app's HTML page.
 *
 * The instance is announced only when `instance` is set: when the upstream is remote (live mode), where the
 * server spends the read waiting on the network and an earlier start is time saved. With the simulator in
 * the server's own process (demo mode), the read is computing, and announced with the document it was
 * served first: the page's scripts queued behind it while the browser's processes had the cores. There,
 * public/early-fetch.js (the page's first script) asks for it just after them (README, Performance: what it
 * changed in A/B loads of a 10,000-step instance).
 */
export function preloadEarlyReads(
  accountIds: readonly string[],
  { instance }: { instance: boolean },
): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || !c.res.headers.get('content-type')?.startsWith('text/html')) return;
    const url = new URL(c.req.url);
    const link = earlyReads(url.pathname, url.search, accountIds, { instance })
      .map((read) => `<${read}>; rel=preload; as=fetch; crossorigin`)
      .join(', ');
    // First in the header: the data is the longest to arrive (the page's chunks may be announced already).
    const announced = c.res.headers.get('link');
    const links = announced ? `${link}, ${announced}` : link;
    try {
      c.res.headers.set('link', links);
    } catch {
      // Headers of a fetched Response (the Workers assets binding) are immutable; copy it once.
      const response = new Response(c.res.body, c.res);
      response.headers.set('link', links);
      c.res = undefined;
      c.res = response;
    }
  };
}
