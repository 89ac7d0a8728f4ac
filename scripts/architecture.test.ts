import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout's one-way arrows (STYLE.md "Layout"), checked on every relative import of production code:
 * a newcomer can trust the tree, and a shortcut across parts fails the build instead of tangling it.
 */
const root = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    const production = /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name);
    return production ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1] ?? '');
  return specifiers.map((specifier) => relative(root, resolve(join(root, dirname(file)), specifier)));
}

function violations(dir: string, allowed: (target: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((target) => !allowed(target, file))
      .map((target) => `${file} -> ${target}`),
  );
}

const under = (path: string, ...dirs: string[]) => dirs.some((dir) => path.startsWith(`${dir}/`));
const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(path)?.[1];

describe('the layout', () => {
  it('contract/ imports nothing of ours', () => {
    expect(violations('contract', (target) => under(target, 'contract'))).toEqual([]);
  });

  it('simulator/ builds on contract/ only', () => {
    expect(violations('simulator', (target) => under(target, 'contract', 'simulator'))).toEqual([]);
  });

  it('server/ builds on contract/ and simulator/', () => {
    expect(
      violations(
        'server',
        (target) => under(target, 'contract', 'simulator', 'server') || target === 'package.json',
      ),
    ).toEqual([]);
  });

  it('worker/ builds on server/, simulator/ and contract/', () => {
    expect(
      violations(
        'worker',
        (target) => under(target, 'contract', 'simulator', 'server', 'worker') || target === 'package.json',
      ),
    ).toEqual([]);
  });

  it('nothing imports worker/ (the Workers entry is a leaf, like server/main.ts)', () => {
    const parts = ['contract', 'simulator', 'server', 'src', 'scripts'];
    expect(parts.flatMap((dir) => violations(dir, (target) => !under(target, 'worker')))).toEqual([]);
  });

  it('the app never reaches into server/ or simulator/ (only its test helpers do)', () => {
    const app = (target: string, file: string) =>
      under(file, 'src/testing') || !under(target, 'server', 'simulator');
    expect(violations('src', app)).toEqual([]);
  });

  it('features do not import each other; shared code never imports features or the app shell', () => {
    const oneWay = (target: string, file: string) => {
      const from = featureOf(file);
      const to = featureOf(target);
      if (to && from && to !== from) return false;
      if (under(file, 'src/lib', 'src/components', 'src/api'))
        return !under(target, 'src/features', 'src/app');
      if (under(file, 'src/features')) return !under(target, 'src/app');
      return true;
    };
    expect(violations('src', oneWay)).toEqual([]);
  });
});

const allFiles = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? allFiles(path) : [path];
  });
const isCode = (path: string) => /\.(ts|tsx)$/.test(path);
const isTest = (path: string) => /\.test\.tsx?$/.test(path);

/** Limits that keep the tree telling a newcomer where a change belongs (STYLE.md rules 7 and 15). */
describe('the tree stays navigable', () => {
  it('no folder in src/ holds more than 25 source files (tests aside)', () => {
    const counts = new Map<string, number>();
    for (const file of allFiles('src').filter((path) => isCode(path) && !isTest(path)))
      counts.set(dirname(file), (counts.get(dirname(file)) ?? 0) + 1);
    expect([...counts].filter(([, count]) => count > 25)).toEqual([]);
  });

  it('no file in src/, server/, worker/, simulator/ or contract/ is over 250 lines', () => {
    const long = ['src', 'server', 'worker', 'simulator', 'contract']
      .flatMap(allFiles)
      .filter(isCode)
      .map((file) => [file, readFileSync(join(root, file), 'utf8').split('\n').length - 1] as const)
      .filter(([, lines]) => lines > 250);
    expect(long).toEqual([]);
  });

  it('the paging engine lives in src/api/, where every feature can page through a range', () => {
    const features = allFiles('src/features').map((path) => path.split('/').at(-1));
    expect(features).not.toContain('load-all.ts');
    expect(features).not.toContain('use-bulk-load.ts');
    expect(allFiles('src/api/instance-list')).toEqual(
      expect.arrayContaining(['src/api/instance-list/load-all.ts', 'src/api/instance-list/use-bulk-load.ts']),
    );
  });

  it('one ApiError: the error class of the HTTP client, and no other declaration of that name', () => {
    const declarations = ['src', 'server', 'simulator', 'contract']
      .flatMap(allFiles)
      .filter((file) => isCode(file) && !isTest(file))
      .filter((file) =>
        /(class|interface|type|const|function)\s+ApiError\b/.test(readFileSync(join(root, file), 'utf8')),
      );
    expect(declarations).toEqual(['src/api/client.ts']);
  });
});
