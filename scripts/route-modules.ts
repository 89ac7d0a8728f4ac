import type { Plugin } from 'vite';

/** The id of the page's data block that lists, by route, the code its first render needs. */
export const ROUTE_MODULES_ID = 'route-modules';

/**
 * Source modules whose chunks a route's first render needs, beyond the app's start-up chunk. The instance
 * view waits for its page and for the Gantt (src/app/routes/instance-route.tsx).
 */
export const ROUTE_SOURCES = {
  instance: ['src/app/routes/instance-page.tsx', 'src/features/instance-view/gantt/gantt-view.tsx'],
} as const;

export type RouteModules = Record<keyof typeof ROUTE_SOURCES, string[]>;

/** The app's own entry: other pages built with this config (bench/table, bench/gantt) get no list. */
const APP_ENTRY = 'src/main.tsx';

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: readonly string[];
  isEntry?: boolean;
  facadeModuleId?: string | null;
  moduleIds?: readonly string[];
}

/**
 * The files (under `base`) of the chunks that hold `sources` and everything they import statically, less
 * what the entry imports statically (the page asks for those already). Throws when a source has no chunk
 * of its own: a renamed module must not silently stop being preloaded.
 */
export function routeModuleFiles(
  bundle: Record<string, ChunkLike>,
  sources: readonly string[],
  base = '/',
): string[] {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const walk = (file: string, into: Set<string>) => {
    if (into.has(file)) return;
    into.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) walk(imported, into);
  };
  const started = new Set<string>();
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) walk(entry.fileName, started);
  const needed = new Set<string>();
  for (const source of sources) {
    const chunk = chunks.find((item) => holds(item, source));
    if (!chunk) throw new Error(`route-modules: no chunk holds ${source}`);
    walk(chunk.fileName, needed);
  }
  return [...needed].filter((file) => !started.has(file)).map((file) => `${base}${file}`);
}

const isModule = (id: string | null | undefined, source: string) =>
  id?.replaceAll('\\', '/').endsWith(`/${source}`) ?? false;

/** Whether `source` is the chunk's own module (a dynamic import's target), not one merged into it. */
function holds(chunk: ChunkLike, source: string): boolean {
  return isModule(chunk.facadeModuleId, source);
}

/** Whether the bundle is the app's (not one of the bench's harness pages built with the same config). */
export function isAppBundle(bundle: Record<string, ChunkLike>): boolean {
  return Object.values(bundle).some(
    (item) => item.type === 'chunk' && item.isEntry && item.moduleIds?.some((id) => isModule(id, APP_ENTRY)),
  );
}

/**
 * Writes the route → chunks map into the built page as a JSON data block (never executed, so the CSP's
 * `script-src 'self'` allows it). The server announces a route's chunks with its page
 * (server/early-reads.ts), so the browser fetches and compiles them beside the start-up chunk instead of
 * asking for them only once that chunk has run.
 */
export function routeModules(): Plugin {
  let base = '/';
  return {
    name: 'route-modules',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle || !isAppBundle(bundle as Record<string, ChunkLike>)) return [];
        const map = Object.fromEntries(
          Object.entries(ROUTE_SOURCES).map(([route, sources]) => [
            route,
            routeModuleFiles(bundle as Record<string, ChunkLike>, sources, base),
          ]),
        ) as RouteModules;
        return [
          {
            tag: 'script',
            attrs: { type: 'application/json', id: ROUTE_MODULES_ID },
            children: JSON.stringify(map),
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
