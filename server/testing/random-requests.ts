import type { Rng } from '../../simulator/rng.ts';
import { ACCOUNT, OTHER_ACCOUNT } from './fake-upstream.ts';

export const METHODS = [
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'PROPFIND',
];
const PREFIXES = [
  '/api/client/v4',
  '/api/client/v4',
  '/api/client/v4',
  '/api',
  '',
  '/api/client/v5',
  '/API/client/v4',
];
const ACCOUNTS = [ACCOUNT, ACCOUNT, ACCOUNT, OTHER_ACCOUNT, `${ACCOUNT}%00`, '..', '%2e%2e', ''];
const WORDS = [
  'workflows',
  'instances',
  'versions',
  'step',
  'events',
  'status',
  'graph',
  'dag',
  'settings',
  'batch',
  'orders',
  'order-123',
  'cf_0123abc',
  '0f3c1e7a-5b2d-4c8e-9a1f-2b3c4d5e6f70',
  '_x',
  '-x',
  'a.b',
  '..',
  '.',
  '%2e%2e',
  '%252e%252e',
  '%2f',
  '%252f',
  '%5c',
  '%00',
  '%0a',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C3%A9',
  'é',
  '~',
  'user',
  'tokens',
  'verify',
  'accounts',
  'x'.repeat(64),
  'x'.repeat(65),
  'i'.repeat(271),
  'i'.repeat(272),
  "'or'1'='1",
  '<script>',
  '%24%7Bjndi%7D',
  '%u002e',
  ';',
  ':',
  '@',
  '!',
];
export const KEYS = [
  'per_page',
  'page',
  'cursor',
  'direction',
  'status',
  'date_start',
  'date_end',
  'order',
  'simple',
  'search',
  'name',
  'type',
  'attempt',
  'debug',
  'per%5Fpage',
  'PER_PAGE',
  '',
  '__proto__',
  'constructor',
  '%',
  'a[b]',
];
function values(token: string) {
  return [
    '1',
    '50',
    '100',
    '101',
    '0',
    '-1',
    '1e2',
    '0x10',
    'asc',
    'desc',
    'true',
    'false',
    'errored',
    'Errored',
    'waitingForApproval',
    '2026-08-14T02:00:00Z',
    '2026-08-14',
    '2026-13-45',
    'yesterday',
    'step',
    'a-1',
    'a+b',
    '%2B',
    '%252f',
    '%00',
    '%0d%0aSet-Cookie:%20x=1',
    '%',
    'é',
    '',
    `Bearer%20${token}`,
    'x'.repeat(300),
  ];
}

/** Mostly valid endpoints, so that plenty reach the upstream; any piece may be swapped for a random one. */
const TEMPLATES = [
  ['workflows'],
  ['workflows', 'orders'],
  ['workflows', 'orders', 'instances'],
  ['workflows', 'orders', 'instances', 'order-123'],
  ['workflows', 'orders', 'instances', 'order-123', 'step'],
  ['workflows', 'orders', 'versions'],
  ['workflows', 'orders', 'versions', '0f3c1e7a-5b2d-4c8e-9a1f-2b3c4d5e6f70', 'graph'],
];
const GOOD_QUERIES = [
  '',
  '',
  '?per_page=5',
  '?status=errored&direction=desc',
  '?simple=true',
  '?name=a-1&type=step',
];

function randomPath(rng: Rng): string {
  if (rng.chance(0.5)) {
    const parts = rng.pick(TEMPLATES).map((part) => (rng.chance(0.08) ? rng.pick(WORDS) : part));
    return `/api/client/v4/accounts/${rng.chance(0.95) ? ACCOUNT : rng.pick(ACCOUNTS)}/${parts.join('/')}`;
  }
  const prefix = rng.pick(PREFIXES);
  const parts = rng.chance(0.85) ? ['accounts', rng.pick(ACCOUNTS)] : [];
  const depth = rng.int(0, 6);
  for (let i = 0; i < depth; i++) parts.push(i === 0 && rng.chance(0.8) ? 'workflows' : rng.pick(WORDS));
  let path = `${prefix}/${parts.join('/')}`;
  if (rng.chance(0.05)) path = path.replace('/', '//');
  if (rng.chance(0.05)) path += '/';
  return path;
}

function randomQuery(rng: Rng, token: string): string {
  if (rng.chance(0.6)) return rng.pick(GOOD_QUERIES);
  const pairs = Array.from({ length: rng.int(1, 4) }, () =>
    rng.chance(0.1) ? rng.pick(KEYS) : `${rng.pick(KEYS)}=${rng.pick(values(token))}`,
  );
  return `?${pairs.join(rng.chance(0.9) ? '&' : ';')}`;
}

function randomHeaders(rng: Rng, token: string): Record<string, string> {
  const headers: Record<string, string> = {};
  if (rng.chance(0.3)) headers.accept = rng.pick(['application/json', '*/*', 'application/octet-stream']);
  if (rng.chance(0.1)) headers.origin = rng.pick(['http://localhost', 'https://evil.example', 'null']);
  if (rng.chance(0.05)) headers.host = rng.pick(['evil.example', '127.0.0.1:5173', 'localhost']);
  if (rng.chance(0.1)) headers.authorization = rng.pick(['Bearer stolen', 'Basic Og==', `Bearer ${token}`]);
  if (rng.chance(0.05)) headers.cookie = `c=${'x'.repeat(rng.int(10, 14_000))}`;
  if (rng.chance(0.1)) headers['x-forwarded-host'] = 'evil.example';
  if (rng.chance(0.1))
    headers['content-type'] = rng.pick(['application/json', 'text/plain', 'multipart/form-data']);
  return headers;
}

function randomBody(rng: Rng): string {
  return rng.pick(['{}', '{"status":"terminate"}', '[1,2', '\u0000\u0001', 'x'.repeat(rng.int(0, 5000))]);
}

/**
 * One random request for the fuzz test: methods, paths (half of them near a real endpoint), percent- and
 * double encodings, query strings, headers and bodies. `token` is the credential, planted in places.
 */
export function randomRequest(rng: Rng, token: string): { url: string; init: RequestInit } {
  const method = rng.pick(METHODS);
  const url = `http://localhost${randomPath(rng)}${randomQuery(rng, token)}`;
  const init: RequestInit = { method, headers: randomHeaders(rng, token) };
  if (method !== 'GET' && method !== 'HEAD' && rng.chance(0.5)) init.body = randomBody(rng);
  return { url, init };
}
