import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { describe, expect, it } from 'vitest';
import { earlyReads } from './early-reads.ts';
import { createStaticHandler } from './static-files.ts';
import { runEarlyFetch } from './testing/early-fetch-script.ts';
import { ACCOUNT, fakeUpstream, liveApp } from './testing/fake-upstream.ts';

const PAGE = '<!doctype html><div id="root"></div>';

function appWithPage(mode: 'live' | 'demo' = 'live', html = PAGE) {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  writeFileSync(join(dir, 'index.html'), html);
  const { upstream } = fakeUpstream(() => new Response('{}'));
  return liveApp(upstream, { mode, assets: createStaticHandler(dir) });
}

describe('early reads announced with the page', () => {
  it('are the settings on every page, and the instance on its page as the app will ask for it', () => {
    const addresses = [
      `/${ACCOUNT}/workflows/order-fulfilment/instances/order-46061c7cd8d7`,
      `/${ACCOUNT}/workflows/my_flow-2/instances/cf_0123?order=desc&step=charge-1`,
      `/${ACCOUNT}/workflows/x/instances/9b8acf29-0e4b-4563-abe1-b3dbfba21683/`,
      `/${ACCOUNT}/workflows/caf%C3%A9/instances/id%20with%20space`,
    ];
    for (const address of addresses) {
      const url = new URL(address, 'http://127.0.0.1');
      const reads = earlyReads(url.pathname, url.search, [ACCOUNT]);
      // public/early-fetch.js asks for it (src/lib/early-requests.test.ts: so does the client).
      expect(reads).toEqual(['/api/meta', runEarlyFetch(address).fetched[0]]);
    }
  });

  it('leave out pages without an instance, malformed addresses and accounts not configured', () => {
    for (const address of [
      `/${ACCOUNT}/workflows/order-fulfilment`,
      `/${ACCOUNT}/workflows`,
      '/',
      `/${ACCOUNT}/workflows/wf/instances/%E0%A4%A`,
      `/${ACCOUNT}/workflows/wf/instances/id/extra`,
      '/0123456789abcdef0123456789abcdef/workflows/wf/instances/id-1',
    ]) {
      const url = new URL(address, 'http://127.0.0.1');
      expect(earlyReads(url.pathname, url.search, [ACCOUNT])).toEqual(['/api/meta']);
    }
  });

  it('go out as Link preload headers on the app page only', async () => {
    const app = appWithPage();
    const page = await app.request(`/${ACCOUNT}/workflows/wf/instances/id-1?order=desc`);
    expect(page.status).toBe(200);
    expect(page.headers.get('link')).toBe(
      `</api/meta>; rel=preload; as=fetch; crossorigin, </api/client/v4/accounts/${ACCOUNT}/workflows/wf/instances/id-1?order=desc>; rel=preload; as=fetch; crossorigin`,
    );
    const api = await app.request('/api/meta');
    expect(api.headers.get('link')).toBeNull();
    const missing = await app.request('/assets/missing.js');
    expect(missing.headers.get('link')).toBeNull();
  });

  it('leave the instance to the page in demo mode, whose simulator computes it in the server', async () => {
    const app = appWithPage('demo');
    const page = await app.request(`/${ACCOUNT}/workflows/wf/instances/id-1`);
    expect(page.headers.get('link')).toBe('</api/meta>; rel=preload; as=fetch; crossorigin');
  });

  it('are added to a page whose headers cannot be changed (the Workers assets binding)', async () => {
    const frozen: MiddlewareHandler = async () => {
      const response = await fetch('data:text/html,<p>app</p>');
      return response;
    };
    const { upstream } = fakeUpstream(() => new Response('{}'));
    const app = liveApp(upstream, { assets: frozen });
    const page = await app.request(`/${ACCOUNT}/workflows/wf`);
    expect(await page.text()).toBe('<p>app</p>');
    expect(page.headers.get('link')).toBe('</api/meta>; rel=preload; as=fetch; crossorigin');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** A built page as scripts/route-modules.ts leaves it: the route → chunks list in a JSON data block. */
const builtPage = (block: string) =>
  `<!doctype html><html><head><script type="application/json" id="route-modules">${block}</script>` +
  '<script type="module" crossorigin src="/assets/index-a1.js"></script></head><body></body></html>';

describe("an instance's page", () => {
  const modules = ['/assets/instance-page-b2.js', '/assets/gantt-view-c3.js'];

  it("asks for the instance view's code after the start-up chunk, as the build lists it", async () => {
    const app = appWithPage('demo', builtPage(JSON.stringify({ instance: modules })));
    const page = await app.request(`/${ACCOUNT}/workflows/wf/instances/id-1`);
    const html = await page.text();
    expect(html).toContain(
      '<script type="module" crossorigin src="/assets/index-a1.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/instance-page-b2.js">\n' +
        '<link rel="modulepreload" crossorigin href="/assets/gantt-view-c3.js">\n</head>',
    );
    const length = page.headers.get('content-length');
    if (length !== null) expect(Number(length)).toBe(new TextEncoder().encode(html).length);
    // The reads go out as before.
    expect(page.headers.get('link')).toBe('</api/meta>; rel=preload; as=fetch; crossorigin');
  });

  it('is the page as built everywhere else, and when the list is missing, unreadable or unsafe', async () => {
    const listed = appWithPage('demo', builtPage(JSON.stringify({ instance: modules })));
    const table = await (await listed.request(`/${ACCOUNT}/workflows/wf`)).text();
    expect(table).not.toContain('rel="modulepreload"');
    for (const block of [
      '{"instance":',
      '{"other":["/assets/x.js"]}',
      '{"instance":["/x.js", "/assets/a b.js"]}',
    ]) {
      const app = appWithPage('demo', builtPage(block));
      const html = await (await app.request(`/${ACCOUNT}/workflows/wf/instances/id-1`)).text();
      expect(html).toBe(builtPage(block));
    }
  });
});
