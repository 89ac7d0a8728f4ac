/**
 * A stand-in for api.cloudflare.com on loopback: the simulator behind plain HTTP, for live-mode tests.
 * With ECHO_CREDENTIALS=1 it behaves like the worst upstream imaginable: every answer echoes the request's
 * credential headers, in a response header and in the envelope's `messages` (or the body of a non-JSON
 * answer), so a test can prove the dashboard never lets them out.
 *
 *   PORT=5197 [ECHO_CREDENTIALS=1] [DEMO_FAULTS=…] node e2e/support/fake-cloudflare.ts
 */
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { createSimulator } from '../../simulator/index.ts';

const simulator = createSimulator({ seed: 42, instances: 3000, faults: process.env.DEMO_FAULTS });
const echo = process.env.ECHO_CREDENTIALS === '1';

function credentialsOf(request: Request): string {
  return ['authorization', 'x-auth-key', 'x-auth-email']
    .map((name) => `${name}: ${request.headers.get(name) ?? ''}`)
    .join('; ');
}

async function answer(request: Request): Promise<Response> {
  const response = await simulator.fetch(request);
  if (!echo) return response;
  const seen = credentialsOf(request);
  const headers = new Headers(response.headers);
  headers.set('x-upstream-saw', seen);
  const text = await response.text();
  let body = text;
  try {
    const parsed = JSON.parse(text) as { messages?: unknown[] };
    if (parsed && typeof parsed === 'object') {
      parsed.messages = [...(parsed.messages ?? []), { code: 0, message: `request had ${seen}` }];
      body = JSON.stringify(parsed);
    }
  } catch {
    body = `${text}\nrequest had ${seen}`;
  }
  headers.delete('content-length');
  return new Response(body, { status: response.status, headers });
}

const port = Number(process.env.PORT ?? 5197);
createServer(getRequestListener(answer)).listen(port, '127.0.0.1', () => {
  console.log(`fake Cloudflare API on http://127.0.0.1:${port}/client/v4`);
});
