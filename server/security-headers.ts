import type { MiddlewareHandler } from 'hono';

/**
 * The built app loads only its own files: index.html has no inline script or style (checked against
 * `vite build` output), and React sets `style` props through the CSSOM, which CSP does not govern.
 */
const STRICT_DIRECTIVES = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
} as const;

/**
 * `npm run dev` only: Vite's React refresh preamble is an inline module script, CSS arrives as injected
 * `<style>` elements, and hot reload talks over a WebSocket on the same port.
 */
const DEV_RELAXATIONS: Partial<Record<keyof typeof STRICT_DIRECTIVES, string>> = {
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'connect-src': "'self' ws: wss:",
};

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = policy(STRICT_DIRECTIVES);
export const DEV_CONTENT_SECURITY_POLICY = policy({ ...STRICT_DIRECTIVES, ...DEV_RELAXATIONS });

/** Headers on every response the server writes (the API, refusals, errors and the app's files). */
export function securityHeaders(csp: string = CONTENT_SECURITY_POLICY): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/**
 * Adds the security headers after every handler and strips CORS grants: the dashboard is same-origin
 * only, so no response may tell a browser that another origin can read it.
 */
export function securityHeadersMiddleware(csp?: string): MiddlewareHandler {
  const headers = Object.entries(securityHeaders(csp));
  return async (c, next) => {
    await next();
    let response = c.res;
    try {
      applyTo(response.headers, headers);
    } catch {
      // Headers of a fetched Response are immutable; copy it once.
      response = new Response(response.body, response);
      applyTo(response.headers, headers);
      c.res = undefined;
      c.res = response;
    }
  };
}

function applyTo(target: Headers, headers: readonly (readonly [string, string])[]): void {
  for (const [name, value] of headers) target.set(name, value);
  for (const name of [...target.keys()]) {
    if (name.startsWith('access-control-')) target.delete(name);
  }
}
