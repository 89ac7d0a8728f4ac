import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built SPA from `distDir`: files as they are (hashed `/assets/*` cached for a year), any other
 * GET outside /api and /assets falls back to index.html (client-side routes), which is never cached.
 */
export function createStaticHandler(distDir: string): MiddlewareHandler {
  const files = serveStatic({
    root: distDir,
    onFound: (path, c) => {
      c.header('cache-control', path.endsWith('index.html') || !isAsset(c.req.path) ? 'no-cache' : IMMUTABLE);
    },
  });
  const index = serveStatic({
    path: join(distDir, 'index.html'),
    onFound: (_path, c) => {
      c.header('cache-control', 'no-cache');
    },
  });
  const skip = async () => {};
  return async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const file = await files(c, skip);
    if (file) return file;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || isAsset(c.req.path)) return next();
    return (await index(c, skip)) ?? next();
  };
}

function isAsset(path: string): boolean {
  return path.startsWith('/assets/');
}

export function hasBuild(distDir: string): boolean {
  return existsSync(join(distDir, 'index.html'));
}
