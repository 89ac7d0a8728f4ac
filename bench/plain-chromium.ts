import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutablePath } from '../scripts/chromium.ts';

/**
 * Chromium driven over bare CDP with only the Page and Runtime domains: no Network domain, which Playwright
 * turns on for every page and which makes Chromium copy each response chunk to DevTools (a 4 MB body
 * arrived ~3× slower under it here). What a user's browser does, for the figures where transfer counts.
 *
 * Two ways to open a page cold:
 * - `measure`: a new tab of the running browser, as a user opens a pasted link. The HTTP cache (and with it
 *   V8's code cache) is cleared first, and the tab must run in a renderer process no earlier measurement
 *   used (checked by V8 isolate id), so nothing of an earlier load is warm.
 * - `measureInNewContext`: a fresh browser context. Headless Chromium opens each context in a window of its
 *   own, and that window starts its own browser UI pages (omnibox and search box WebUI: a renderer loading
 *   124-245 chrome://resources files in a trace here) while the page loads, on the same cores.
 */
export interface PlainChromium {
  /** Opens `url` in a new tab, cold; resolves `expression` (awaited) once it is not null. */
  measure(url: string, setup: string, expression: string, options?: MeasureOptions): Promise<unknown>;
  /** The same in a fresh browser context (its own window). */
  measureInNewContext(url: string, setup: string, expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface MeasureOptions {
  /** Once this expression is true on the opened page, it is evaluated as a user's click on the page. */
  click?: { ready: string; action: string };
}

type Pending = Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>;

export async function launchPlainChromium(): Promise<PlainChromium> {
  const userDir = mkdtempSync(join(tmpdir(), 'plain-chromium-'));
  const child: ChildProcess = spawn(
    chromiumExecutablePath,
    [
      ...chromiumArgs,
      '--headless=new',
      '--no-sandbox',
      // The measured tabs open in the browser's window: the size the Playwright figures use.
      '--window-size=1440,900',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDir}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk) => {
      seen += chunk;
      const match = /DevTools listening on (ws:\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before DevTools listened`)));
  });
  const socket = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error('could not reach Chromium over CDP')), {
      once: true,
    });
  });
  let lastId = 0;
  const pending: Pending = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(JSON.stringify(message.error)));
    else waiter.resolve(message.result);
  });
  // biome-ignore lint/suspicious/noExplicitAny: CDP results are untyped JSON
  const send = (method: string, params: object = {}, sessionId?: string): Promise<any> =>
    new Promise((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, sessionId }));
    });
  const evaluate = async (sessionId: string, expression: string) => {
    const answer = await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId).catch(
      () => null,
    );
    const value = answer?.result?.value;
    return value === null || value === undefined || value === false ? null : value;
  };
  const poll = async (sessionId: string, expression: string, deadline: number, what: string) => {
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const value = await evaluate(sessionId, expression);
      if (value !== null) return value;
    }
    throw new Error(`${what}: nothing measured in time`);
  };
  const open = async (url: string, setup: string, browserContextId?: string) => {
    const { targetId } = await send(
      'Target.createTarget',
      browserContextId
        ? { url: 'about:blank', browserContextId, width: 1440, height: 900 }
        : { url: 'about:blank' },
    );
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Page.enable', {}, sessionId);
    await send('Page.addScriptToEvaluateOnNewDocument', { source: setup }, sessionId);
    await send('Page.navigate', { url }, sessionId);
    return { targetId, sessionId };
  };

  // A tab that stays open: the window the measured tabs open in, and the session that clears the cache.
  const keeper = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId: keeperSession } = await send('Target.attachToTarget', {
    targetId: keeper.targetId,
    flatten: true,
  });
  const isolatesUsed = new Set<string>();

  return {
    async measure(url, setup, expression, options = {}) {
      // Lets the previous page's renderer wind down: its exit is not part of this load.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const deadline = Date.now() + 30_000;
      await send('Network.clearBrowserCache', {}, keeperSession);
      const { targetId, sessionId } = await open(url, setup);
      try {
        const { id: isolate } = await send('Runtime.getIsolateId', {}, sessionId);
        if (isolatesUsed.has(isolate)) throw new Error(`${url}: the tab reused an earlier page's renderer`);
        isolatesUsed.add(isolate);
        if (options.click) {
          await poll(sessionId, options.click.ready, deadline, `${url} (before the click)`);
          await evaluate(sessionId, options.click.action);
        }
        return await poll(sessionId, expression, deadline, url);
      } finally {
        await send('Target.closeTarget', { targetId });
      }
    },
    async measureInNewContext(url, setup, expression) {
      const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: true });
      const { targetId, sessionId } = await open(url, setup, browserContextId);
      try {
        return await poll(sessionId, expression, Date.now() + 30_000, url);
      } finally {
        await send('Target.closeTarget', { targetId });
        await send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
      }
    },
    async close() {
      socket.close();
      child.kill();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
      // Chromium's helper processes can still be writing to the profile as the browser exits.
      try {
        rmSync(userDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch (error) {
        console.warn(`left ${userDir} behind: ${String(error)}`);
      }
    },
  };
}
