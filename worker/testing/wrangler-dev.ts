import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

export interface RunningWorker {
  url: string;
  /** Everything wrangler and the Worker printed so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface WorkerRun {
  /** `--var NAME:VALUE` pairs. */
  vars?: Record<string, string>;
  /** Static assets in place of dist/ (tests that need no build). */
  assets?: string;
  /** The request that answers once the Worker is ready (its first answer may build the demo account). */
  readyPath?: string;
  readyHeaders?: Record<string, string>;
}

/** A free loopback port, asked of the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * `wrangler dev` on workerd, offline and on loopback only, with its own port, inspector port and state
 * directory, so that several runs can share the machine. Resolves once `readyPath` answers.
 */
export async function startWorker(run: WorkerRun = {}): Promise<RunningWorker> {
  const [port, inspector] = [await freePort(), await freePort()];
  const state = mkdtempSync(join(tmpdir(), 'worker-state-'));
  const args = [WRANGLER, 'dev', '--ip', '127.0.0.1', '--port', String(port)];
  args.push('--inspector-port', String(inspector), '--persist-to', state, '--log-level', 'warn');
  args.push('--show-interactive-dev-session=false');
  if (run.assets) args.push('--assets', run.assets);
  for (const [name, value] of Object.entries(run.vars ?? {})) args.push('--var', `${name}:${value}`);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: unknown) => {
    output += String(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(state, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`);
    try {
      const ready = await fetch(`${url}${run.readyPath ?? '/api/meta'}`, { headers: run.readyHeaders });
      if (ready.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`wrangler dev did not answer on ${url}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => output, stop };
}
