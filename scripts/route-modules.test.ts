import { describe, expect, it } from 'vitest';
import { isAppBundle, ROUTE_SOURCES, routeModuleFiles } from './route-modules.ts';

const chunk = (
  fileName: string,
  imports: string[],
  extra: { isEntry?: boolean; facade?: string; modules?: string[] } = {},
) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  isEntry: extra.isEntry ?? false,
  facadeModuleId: extra.facade ? `/home/dev/project/${extra.facade}` : null,
  moduleIds: (extra.modules ?? []).map((module) => `/home/dev/project/${module}`),
});

const bundle = {
  'assets/index.js': chunk('assets/index.js', ['assets/react.js', 'assets/query.js'], {
    isEntry: true,
    facade: 'index.html',
    modules: ['src/app/app.tsx', 'src/main.tsx'],
  }),
  'assets/react.js': chunk('assets/react.js', []),
  'assets/query.js': chunk('assets/query.js', ['assets/react.js']),
  'assets/page.js': chunk('assets/page.js', ['assets/react.js', 'assets/badge.js'], {
    facade: ROUTE_SOURCES.instance[0],
  }),
  'assets/badge.js': chunk('assets/badge.js', ['assets/style.js']),
  'assets/style.js': chunk('assets/style.js', []),
  'assets/gantt.js': chunk('assets/gantt.js', ['assets/badge.js', 'assets/query.js'], {
    facade: ROUTE_SOURCES.instance[1],
  }),
  'assets/charts.js': chunk('assets/charts.js', ['assets/react.js'], { facade: 'src/features/charts/x.tsx' }),
  'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css' },
};

describe("a route's chunks, for the page to preload", () => {
  it('are its modules and all they import, less what the start-up chunk loads already', () => {
    expect(routeModuleFiles(bundle, ROUTE_SOURCES.instance)).toEqual([
      '/assets/page.js',
      '/assets/badge.js',
      '/assets/style.js',
      '/assets/gantt.js',
    ]);
  });

  it('are under the base the app is built for', () => {
    expect(routeModuleFiles(bundle, [ROUTE_SOURCES.instance[1]], '/dash/')).toEqual([
      '/dash/assets/gantt.js',
      '/dash/assets/badge.js',
      '/dash/assets/style.js',
    ]);
  });

  it('fail the build when a module has no chunk of its own (renamed or inlined)', () => {
    expect(() => routeModuleFiles(bundle, ['src/app/routes/gone.tsx'])).toThrow(/gone\.tsx/);
  });

  it("are listed for the app's page only, not for the bench's harness pages built with the same config", () => {
    expect(isAppBundle(bundle)).toBe(true);
    const harness = {
      'assets/main.js': chunk('assets/main.js', [], {
        isEntry: true,
        facade: 'bench/gantt/index.html',
        modules: ['bench/gantt/main.tsx'],
      }),
    };
    expect(isAppBundle(harness)).toBe(false);
  });
});
