import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Simulator } from '../simulator/index.ts';
import { createApp } from './app.ts';
import { runtimeFromConfig } from './app-options.ts';
import { type Config, ConfigError, parseConfig } from './config.ts';
import { loadEnv } from './load-env.ts';
import { startupLine } from './startup-line.ts';
import { createStaticHandler, hasBuild } from './static-files.ts';
import { liveAccessProblem } from './verify-live.ts';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A reason the server will not start, printed as one line (never a stack trace). */
export class StartupError extends Error {
  override name = 'StartupError';
}

export interface StartOptions {
  /** The built SPA; `false` serves /api only (tests). Default `<project>/dist`. */
  distDir?: string | false;
  /** Upstream fetch in live mode (tests); default global fetch. */
  fetch?: typeof fetch;
  /** Demo mode's simulator (tests and e2e pass one with a fixed clock); default built from config.demo. */
  simulator?: Simulator;
  /** Where the startup line goes; default console.log. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  app: Hono;
  close: () => Promise<void>;
}

/** Verifies live access, builds the app and listens on config.host:config.port (0 picks a free port). */
export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const distDir = options.distDir ?? join(PROJECT_ROOT, 'dist');
  if (distDir !== false && !hasBuild(distDir)) {
    throw new StartupError(
      `${join(distDir, 'index.html')} is missing: run npm run build first (npm start does it for you)`,
    );
  }
  const runtime = runtimeFromConfig(config, {
    version: readVersion(),
    assets: distDir === false ? undefined : createStaticHandler(distDir),
    fetch: options.fetch,
    simulator: options.simulator,
  });
  const problem = await liveAccessProblem(runtime.options);
  if (problem) throw new StartupError(problem);
  const app = createApp(runtime.options);
  const server = createServer(getRequestListener(app.fetch));
  const address = await listen(server, config.host, config.port);
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  (options.log ?? console.log)(startupLine(url, config, runtime.demoAccountName));
  return { url, app, close: () => close(server) };
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(`port ${port} on ${host} is already in use: stop the other server or set PORT`),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new StartupError(`cannot listen on HOST=${host}: no such address on this machine`));
      } else {
        reject(new StartupError(`cannot listen on ${host}:${port}: ${error.message}`));
      }
    });
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export function readVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string'
    ? pkg.version
    : '0.0.0';
}

/** The CLI: env + .env → config → server; any startup problem is one line on stderr and exit code 1. */
export async function main(): Promise<RunningServer | undefined> {
  try {
    const config = parseConfig(loadEnv(PROJECT_ROOT));
    return await startServer(config);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartupError) {
      console.error(`Workflows dashboard cannot start: ${error.message}`);
      process.exitCode = 1;
      return undefined;
    }
    throw error;
  }
}

if (import.meta.main) await main();
