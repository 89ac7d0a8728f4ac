import type { CorpusCause } from './corpus-types.ts';

/** fetch() and upstream HTTP failures: resets, DNS, TLS, statuses, bodies that are not JSON. */
const path = (r: Parameters<CorpusCause['make']>[0]) =>
  `/v${r.int(1, 3)}/${r.pick(['charges', 'records', 'objects', 'events'])}/${r.alnum(12)}?expand=${r.pick(['customer', 'items'])}&ts=${r.int(1_700_000_000, 1_800_000_000)}`;

export const NETWORK_CAUSES: CorpusCause[] = [
  {
    label: 'fetch-econnreset',
    step: 'reserve-inventory',
    name: 'FetchError',
    make: (r) => `request to https://inventory.internal${path(r)} failed, reason: ECONNRESET`,
  },
  // Hard negative: the same request failing for another reason.
  {
    label: 'fetch-etimedout',
    step: 'reserve-inventory',
    name: 'FetchError',
    make: (r) => `request to https://inventory.internal${path(r)} failed, reason: ETIMEDOUT`,
  },
  {
    label: 'dns-notfound',
    step: 'notify-slack',
    name: 'TypeError',
    make: (r) => `fetch failed: getaddrinfo ENOTFOUND hooks.slack.com (attempt ${r.int(1, 6)} of 6)`,
  },
  {
    label: 'econnrefused',
    step: 'sync-postgres',
    name: 'Error',
    make: (r) =>
      r.int(0, 2) === 0
        ? `connect ECONNREFUSED [${r.ipv6()}]:${r.pick([5432, 6432])}`
        : `connect ECONNREFUSED ${r.ipv4()}:${r.pick([5432, 6432])}`,
  },
  {
    label: 'tls-expired',
    step: 'call-partner',
    name: 'TypeError',
    make: (r) =>
      `fetch failed: certificate has expired (CERT_HAS_EXPIRED) while connecting to https://partner-${r.int(1, 9)}.example.net:${r.pick([443, 8443])}/api`,
  },
  {
    label: 'json-html-body',
    step: 'call-partner',
    name: 'SyntaxError',
    make: (r) =>
      r.pick([
        `Unexpected token '<', "<!DOCTYPE "... is not valid JSON`,
        `Unexpected token '<', "<html><hea"... is not valid JSON`,
        `Unexpected token 'u', "upstream c"... is not valid JSON`,
        `Unexpected token 'B', "Bad Gatewa"... is not valid JSON`,
      ]),
  },
  {
    label: 'json-empty-body',
    step: 'call-partner',
    name: 'SyntaxError',
    make: () => 'Unexpected end of JSON input',
  },
  {
    label: 'upstream-429-shipengine',
    step: 'create-shipment',
    name: 'RateLimitError',
    make: (r) => `Upstream 429 from api.shipengine.com, retry after ${r.int(3, 90)}s`,
  },
  {
    label: 'stripe-503',
    step: 'charge-card',
    name: 'UpstreamError',
    make: (r) => `api.stripe.com responded 503 for request req_${r.hex(12)}`,
  },
  // Hard negative: another status from the same upstream is another cause.
  {
    label: 'stripe-502',
    step: 'charge-card',
    name: 'UpstreamError',
    make: (r) => `api.stripe.com responded 502 for request req_${r.hex(12)}`,
  },
  {
    label: 'stripe-429',
    step: 'charge-card',
    name: 'UpstreamError',
    make: (r) => `api.stripe.com responded 429 for request req_${r.hex(12)}`,
  },
  {
    label: 'sendgrid-401',
    step: 'send-receipt',
    name: 'HTTPError',
    make: (r) =>
      `POST https://api.sendgrid.com/v3/mail/send?batch=${r.alnum(8)} returned 401 Unauthorized (x-message-id: ${r.alnum(22)})`,
  },
  // Hard negative: same call, forbidden instead of unauthorised.
  {
    label: 'sendgrid-403',
    step: 'send-receipt',
    name: 'HTTPError',
    make: (r) =>
      `POST https://api.sendgrid.com/v3/mail/send?batch=${r.alnum(8)} returned 403 Forbidden (x-message-id: ${r.alnum(22)})`,
  },
  {
    label: 'presigned-expired',
    step: 'download-export',
    name: 'HTTPError',
    make: (r) =>
      `GET https://exports.${r.hex(12)}.r2.cloudflarestorage.com/${r.uuid()}.csv?X-Amz-Expires=900&X-Amz-Signature=${r.hex(64)} 403 Forbidden: Request has expired`,
  },
  {
    label: 'fetch-stack',
    step: 'call-partner',
    name: 'TypeError',
    make: (r) =>
      `fetch failed\n    at node:internal/deps/undici/undici:${r.int(12000, 14000)}:${r.int(5, 30)}\n    at async Object.run (file:///srv/worker/index.js:${r.int(10, 900)}:${r.int(3, 40)})`,
  },
  {
    label: 'clock-skew',
    step: 'sign-request',
    name: 'AuthError',
    make: (r) => `Request timestamp ${r.rfc1123()} is more than 5 minutes from server time ${r.rfc1123()}`,
  },
  {
    label: 'token-expired',
    step: 'sync-crm',
    name: 'AuthError',
    make: (r) =>
      `401 Unauthorized: access token expired at ${r.iso()} for client app_${r.alnum(10)} (scope=contacts.read)`,
  },
];
