import type { Rng } from './rng.ts';
import type { CauseFn, ErrorInfo } from './types.ts';

/** About ten realistic causes whose messages vary (ids, amounts, hosts, times) so triage must normalise. */
const orderId = (rng: Rng) => `ord_${rng.hex(5)}`;
const cardEnding = (rng: Rng) => rng.pick(['4242', '0341', '1881', '5556', '9995', '0077']);
const amount = (rng: Rng) => `$${(rng.int(499, 49_999) / 100).toFixed(2)}`;

export const paymentDeclined: CauseFn = (rng) => ({
  name: 'PaymentDeclinedError',
  message: `card ending ${cardEnding(rng)} declined for order ${orderId(rng)} (${amount(rng)}): ${rng.pick([
    'insufficient_funds',
    'do_not_honor',
    'expired_card',
  ])}`,
});

export const rateLimited =
  (host: string): CauseFn =>
  (rng) => ({
    name: 'RateLimitError',
    message: `Upstream 429 from ${host}, retry after ${rng.int(3, 90)}s`,
  });

export const connectionReset =
  (host: string): CauseFn =>
  (rng) => ({
    name: 'FetchError',
    message: `request to https://${host}/v${rng.int(1, 3)}/${rng.pick(['charges', 'records', 'objects', 'events'])} failed, reason: ${rng.pick(['ECONNRESET', 'ETIMEDOUT', 'socket hang up'])}`,
  });

export const missingSku: CauseFn = () => ({
  name: 'TypeError',
  message: "Cannot read properties of undefined (reading 'sku')",
});

export const r2Error: CauseFn = (rng) => ({
  name: 'R2Error',
  message: `put: We encountered an internal error. Please try again. (10001) key=variants/${rng.hex(8)}/${rng.pick(['thumb', 'medium', 'large'])}.webp`,
});

export const d1Error: CauseFn = (rng) =>
  rng.chance(0.6)
    ? { name: 'Error', message: `D1_ERROR: database is locked: SQLITE_BUSY (retry ${rng.int(1, 5)})` }
    : {
        name: 'Error',
        message: `D1_ERROR: UNIQUE constraint failed: ${rng.pick(['accounts.email', 'invoices.external_id', 'sync_cursor.table_name'])}: SQLITE_CONSTRAINT`,
      };

export const invalidEmail: CauseFn = (rng) => ({
  name: 'NonRetryableError',
  message: `recipient rejected: user${rng.int(100, 99_999)}@${rng.pick(['example.com', 'mailinator.com', 'gmial.com'])} is not a valid mailbox`,
});

export const imageDecode: CauseFn = (rng) => ({
  name: 'NonRetryableError',
  message: `unsupported image format: ${rng.pick(['image/heic', 'image/tiff', 'application/octet-stream'])} (${rng.int(12, 48_000)} KB) for upload_${rng.hex(10)}`,
});

export const quotaExceeded: CauseFn = (rng, at) => ({
  name: 'QuotaExceededError',
  message: `Workers AI daily neuron quota exceeded at ${new Date(at).toISOString()} (${rng.int(10_001, 12_000)}/10000)`,
});

export const upstream5xx =
  (host: string): CauseFn =>
  (rng) => ({
    name: 'UpstreamError',
    message: `${host} responded ${rng.pick([500, 502, 503, 504])} for request req_${rng.hex(12)}`,
  });

export function timeoutError(name: string, timeoutMs: number): ErrorInfo {
  return { name: 'TimeoutError', message: `${name} timed out after ${timeoutMs}ms` };
}

export const WAIT_TIMEOUT: CauseFn = () => ({
  name: 'WorkflowTimeoutError',
  message: 'Execution timed out',
});
