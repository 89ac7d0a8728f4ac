import type { Context, MiddlewareHandler } from 'hono';
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

/** The build's list, in the page itself, of the code each route's first render needs (scripts/route-modules.ts). */
const ROUTE_MODULES = /<script type="application\/json" id="route-modules">([^<]*)<\/script>/;
/** A built chunk under the app's base (`/`): nothing that could break out of the tag's `href="…"`. */
const MODULE_FILE = /^\/assets\/[\w.-]+\.js$/;

/** The chunks the page's data block lists for `route`; none when it has no (readable) block. */
export function routeModulesOf(html: string, route: 'instance'): string[] {
  const block = ROUTE_MODULES.exec(html)?.[1];
  if (!block) return [];
  try {
    const files: unknown = JSON.parse(block)?.[route];
    return Array.isArray(files)
      ? files.filter((file): file is string => typeof file === 'string' && MODULE_FILE.test(file))
      : [];
  } catch {
    return [];
  }
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
 *
 * An instance's page also asks for the instance view's code: `<link rel=modulepreload>` tags, from the list
 * the build put in the page, are added after the start-up chunk's own. Otherwise the app asks for that code
 * only once its start-up chunk has run, when the instance is arriving and the main thread is busy taking it
 * in, and the chunks wait for it. Tags, not Link headers: a header's preloads start before the page's
 * first scripts and delay them (first bars of a 10,000-step instance in A/B loads: 36–90 ms sooner with
 * tags, 10 with headers).
 */
export function preloadEarlyReads(
  accountIds: readonly string[],
  { instance }: { instance: boolean },
): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' || !c.res.headers.get('content-type')?.startsWith('text/html')) return;
    const url = new URL(c.req.url);
    if (INSTANCE_PAGE.test(url.pathname)) await addModulePreloads(c, 'instance');
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

/** The page, with a modulepreload tag for each of `route`'s chunks at the end of its head. */
async function addModulePreloads(c: Context, route: 'instance'): Promise<void> {
  const html = await c.res.clone().text();
  const modules = routeModulesOf(html, route);
  const end = html.indexOf('</head>');
  if (modules.length === 0 || end === -1) return;
  const tags = modules.map((file) => `<link rel="modulepreload" crossorigin href="${file}">\n`).join('');
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  const page = new Response(`${html.slice(0, end)}${tags}${html.slice(end)}`, {
    status: c.res.status,
    headers,
  });
  c.res = undefined;
  c.res = page;
}
