import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { main, PROJECT_ROOT } from '../server/main.ts';

/** Inputs of `vite build`; the build is redone when any is newer than dist/index.html. */
const BUILD_INPUTS = [
  'src',
  'contract',
  'public',
  'index.html',
  'vite.config.ts',
  'tailwind.config.ts',
  'package.json',
];

function newestInput(): number {
  let newest = 0;
  for (const input of BUILD_INPUTS) {
    const path = join(PROJECT_ROOT, input);
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function buildIfStale(): boolean {
  const index = join(PROJECT_ROOT, 'dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestInput()) return true;
  console.log(existsSync(index) ? 'Sources changed: rebuilding…' : 'No build yet: building…');
  const vite = join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status === 0) return true;
  console.error(
    `Workflows dashboard cannot start: vite build failed${result.error ? ` (${result.error.message})` : ''}`,
  );
  return false;
}

if (buildIfStale()) await main();
else process.exitCode = 1;
