import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumExecutablePath } from '../scripts/chromium.ts';

/**
 * Chromium driven over bare CDP with only the Page and Runtime domains: no Network domain, which Playwright
 * turns on for every page and which makes Chromium copy each response chunk to DevTools (a 4 MB body
 * arrived ~3× slower under it here). What a user's browser does, for the figures where transfer counts.
 */
export interface PlainChromium {
  /** Opens `url` in a fresh browser context; resolves `expression` (awaited) once it is not null. */
  measure(url: string, setup: string, expression: string, timeoutMs?: number): Promise<unknown>;
  close(): Promise<void>;
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

  return {
    async measure(url, setup, expression, timeoutMs = 30_000) {
      const { browserContextId } = await send('Target.createBrowserContext', { disposeOnDetach: true });
      const { targetId } = await send('Target.createTarget', {
        url: 'about:blank',
        browserContextId,
        width: 1440,
        height: 900,
      });
      try {
        const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
        await send('Page.enable', {}, sessionId);
        await send('Page.addScriptToEvaluateOnNewDocument', { source: setup }, sessionId);
        await send('Page.navigate', { url }, sessionId);
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const answer = await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId).catch(
            () => null,
          );
          const value = answer?.result?.value;
          if (value !== null && value !== undefined) return value;
        }
        throw new Error(`${url}: nothing measured within ${timeoutMs} ms`);
      } finally {
        await send('Target.closeTarget', { targetId });
        await send('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
      }
    },
    async close() {
      socket.close();
      child.kill();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}
