import { join } from 'node:path';
import { build, preview } from 'vite';
import { PROJECT_ROOT } from '../server/main.ts';

const quiet = { logLevel: 'warn' as const };

/** Builds the app itself (dist/), as `npm start` serves it. */
export async function buildApp(): Promise<void> {
  await build({ ...quiet, root: PROJECT_ROOT });
}

/**
 * Builds one bench harness page (bench/table, bench/gantt: the real components mounted on synthetic or
 * simulated data) into its own folder and serves it on a free loopback port.
 */
export async function serveHarness(name: 'table' | 'gantt', outDir: string) {
  const config = {
    ...quiet,
    root: join(PROJECT_ROOT, 'bench', name),
    configFile: join(PROJECT_ROOT, 'vite.config.ts'),
  };
  const dist = join(PROJECT_ROOT, 'bench', outDir);
  await build({ ...config, build: { outDir: dist, emptyOutDir: true } });
  const server = await preview({
    ...config,
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  return { url: server.resolvedUrls?.local[0] ?? '', close: () => server.close() };
}
