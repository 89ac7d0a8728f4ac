import { http } from 'msw';
import { setupServer } from 'msw/node';
import { errorEnvelope } from '../../contract/envelope.ts';
import type { Meta } from '../../contract/meta.ts';
import { createSimulator, SIMULATOR_BASE_URL, type Simulator } from '../../simulator/index.ts';

/** The fixed moment tests run at (the simulator's history ends here). */
export const TEST_NOW = Date.parse('2026-11-20T12:00:00.000Z');

/**
 * MSW handlers that delegate to the real simulator: component tests talk to the same fake Cloudflare
 * account as demo mode, through the same URLs the server mirrors.
 */
export function simulatorHandlers(simulator: Simulator, options: { writes?: boolean } = {}) {
  return [
    http.get('*/api/meta', () => {
      const meta: Meta = {
        mode: 'demo',
        accounts: [{ id: simulator.accountId, name: simulator.accountName }],
        writes: options.writes ?? false,
        version: 'test',
      };
      return Response.json(meta);
    }),
    http.all('*/api/client/v4/*', async ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.replace(/^\/api\/client\/v4/, '');
      // Writes carry their method, content type and body through to the simulator.
      const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
      return simulator.fetch(
        new Request(`${SIMULATOR_BASE_URL}${path}${url.search}`, {
          method: request.method,
          headers: request.headers,
          body,
        }),
      );
    }),
    http.all('*/api/*', () => Response.json(errorEnvelope(7003, 'No route for that URI'), { status: 404 })),
  ];
}

export function createTestSimulator(now: () => number = () => TEST_NOW): Simulator {
  return createSimulator({ seed: 42, instances: 3000, now, anchor: TEST_NOW });
}

export const testSimulator = createTestSimulator();
export const server = setupServer(...simulatorHandlers(testSimulator));

/** For the current test: /api/meta says writes are on (as with DASHBOARD_WRITES=1), over `simulator`. */
export function allowWrites(simulator: Simulator = testSimulator): void {
  server.use(...simulatorHandlers(simulator, { writes: true }));
}
