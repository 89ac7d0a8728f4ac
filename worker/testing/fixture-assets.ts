import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A stand-in for dist/: the Worker's routing of the app needs files, not a real build. */
export function fixtureAssets(): string {
  const dir = mkdtempSync(join(tmpdir(), 'worker-assets-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>Workflows</title><div id="root">the app</div>',
  );
  writeFileSync(join(dir, 'assets', 'app-1234.js'), 'export const app = 1;\n');
  return dir;
}
