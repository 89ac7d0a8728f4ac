import { API_ERROR, apiError } from './api-error.ts';
import { isLoopbackHost } from './config.ts';

/**
 * How requests are protected. `loopback`: the server listens on loopback only, so a request whose Host is
 * not a loopback name is a DNS-rebinding attempt. `password`: the server is reachable beyond this machine,
 * so every request needs HTTP Basic auth with DASHBOARD_PASSWORD (any user name). `none`: for a host that
 * puts its own access control in front (e.g. Cloudflare Access on Workers).
 */
export type Protection =
  | { kind: 'loopback'; password?: string }
  | { kind: 'password'; password: string }
  | { kind: 'none' };

const REALM = 'Basic realm="Workflows dashboard", charset="UTF-8"';

/** Returns the refusal for a request that may not pass, or undefined. Web APIs only. */
export async function guardRequest(request: Request, protection: Protection): Promise<Response | undefined> {
  const host = request.headers.get('host') ?? new URL(request.url).host;
  if (protection.kind === 'loopback' && !isLoopbackHost(hostname(host))) {
    return apiError(
      403,
      API_ERROR.forbiddenOrigin,
      `Host ${host} is not allowed: the dashboard listens on loopback and answers only to 127.0.0.1, localhost or [::1]`,
    );
  }
  const origin = request.headers.get('origin');
  if (origin !== null && originHost(origin) !== host.toLowerCase()) {
    return apiError(403, API_ERROR.forbiddenOrigin, `Cross-origin request from ${origin} refused`);
  }
  const password = protection.kind === 'none' ? undefined : protection.password;
  if (
    password !== undefined &&
    !(await basicPasswordMatches(request.headers.get('authorization'), password))
  ) {
    return apiError(401, API_ERROR.unauthorized, 'Authentication required: sign in with DASHBOARD_PASSWORD', {
      'www-authenticate': REALM,
    });
  }
  return undefined;
}

/** `example.com:5173` → `example.com`, `[::1]:5173` → `[::1]`. */
function hostname(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

function originHost(origin: string): string | undefined {
  if (!URL.canParse(origin)) return undefined;
  return new URL(origin).host.toLowerCase();
}

async function basicPasswordMatches(authorization: string | null, password: string): Promise<boolean> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  let supplied = '';
  if (match?.[1]) {
    try {
      const decoded = new TextDecoder().decode(Uint8Array.from(atob(match[1]), (char) => char.charCodeAt(0)));
      const colon = decoded.indexOf(':');
      supplied = colon === -1 ? '' : decoded.slice(colon + 1);
    } catch {
      supplied = '';
    }
  }
  return timingSafeEqual(supplied, password);
}

/** Compares SHA-256 digests in constant time, so neither content nor length leaks through timing. */
async function timingSafeEqual(a: string, b: string): Promise<boolean> {
  const encoder = new TextEncoder();
  const [left, right] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(a)),
    crypto.subtle.digest('SHA-256', encoder.encode(b)),
  ]);
  const x = new Uint8Array(left);
  const y = new Uint8Array(right);
  let difference = 0;
  for (let i = 0; i < x.length; i++) difference |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return difference === 0;
}
