import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createServer as createViteServer } from 'vite';
import { createApp } from './app.ts';
import { runtimeFromConfig } from './app-options.ts';
import { ConfigError, parseConfig } from './config.ts';
import { guardRequest } from './guard.ts';
import { loadEnv } from './load-env.ts';
import { PROJECT_ROOT, readVersion } from './main.ts';
import { DEV_CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers.ts';
import { startupLine } from './startup-line.ts';
import { liveAccessProblem } from './verify-live.ts';

/**
 * `npm run dev`: one Node http server on HOST:PORT; /api/* goes to the same Hono app as `npm start`,
 * everything else to Vite in middleware mode (HMR over the same port). The Host/Origin/password guard runs
 * on every request, Vite's included.
 */
async function dev(): Promise<void> {
  const config = parseConfig(loadEnv(PROJECT_ROOT));
  const runtime = runtimeFromConfig(config, { version: readVersion() });
  const problem = await liveAccessProblem(runtime.options);
  if (problem) throw new ConfigError(problem);
  const api = getRequestListener(
    createApp({ ...runtime.options, contentSecurityPolicy: DEV_CONTENT_SECURITY_POLICY }).fetch,
  );
  const devHeaders = Object.entries(securityHeaders(DEV_CONTENT_SECURITY_POLICY));
  const server = createServer();
  const vite = await createViteServer({
    root: PROJECT_ROOT,
    appType: 'spa',
    server: { middlewareMode: true, ws: { server } },
  });
  server.on('request', async (req, res) => {
    if (req.url?.startsWith('/api/')) return api(req, res);
    const headers = new Headers();
    for (const name of ['host', 'origin', 'authorization']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    const refusal = await guardRequest(
      new Request(`http://${req.headers.host ?? 'localhost'}/`, { headers }),
      runtime.options.protection,
    );
    for (const [name, value] of devHeaders) res.setHeader(name, value);
    if (!refusal) return vite.middlewares(req, res);
    res.writeHead(refusal.status, Object.fromEntries(refusal.headers));
    res.end(await refusal.text());
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason = error.code === 'EADDRINUSE' ? `port ${config.port} is already in use` : error.message;
    console.error(`Workflows dashboard (dev) cannot start: ${reason}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    console.log(
      `${startupLine(`http://${host}:${config.port}`, config, runtime.demoAccountName)} — dev, hot reload`,
    );
  });
}

try {
  await dev();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Workflows dashboard (dev) cannot start: ${error.message}`);
  process.exitCode = 1;
}
