import type { CorpusCause } from './corpus-types.ts';

/** Failures of the Cloudflare platform: D1, R2, KV, Queues, Workers limits, Workers AI, Workflows itself. */
export const PLATFORM_CAUSES: CorpusCause[] = [
  {
    label: 'd1-locked',
    step: 'persist-order',
    name: 'Error',
    make: (r) => `D1_ERROR: database is locked: SQLITE_BUSY (retry ${r.int(1, 5)})`,
  },
  {
    label: 'd1-unique-email',
    step: 'create-account',
    name: 'Error',
    make: () => 'D1_ERROR: UNIQUE constraint failed: accounts.email: SQLITE_CONSTRAINT',
  },
  // Hard negative: the same sentence on another column is another bug.
  {
    label: 'd1-unique-external-id',
    step: 'create-account',
    name: 'Error',
    make: () => 'D1_ERROR: UNIQUE constraint failed: invoices.external_id: SQLITE_CONSTRAINT',
  },
  {
    label: 'd1-too-many-variables',
    step: 'bulk-insert',
    name: 'Error',
    make: (r) => `D1_ERROR: too many SQL variables at offset ${r.int(40, 9000)}: SQLITE_ERROR`,
  },
  {
    label: 'd1-too-big',
    step: 'bulk-insert',
    name: 'Error',
    make: (r) =>
      `D1_ERROR: string or blob too big: SQLITE_TOOBIG (row ${r.int(1, 90000)}, ${r.int(1, 9)}.${r.int(0, 9)} MB)`,
  },
  {
    label: 'r2-internal',
    step: 'store-variant',
    name: 'R2Error',
    make: (r) =>
      `put: We encountered an internal error. Please try again. (10001) key=variants/${r.hex(8)}/${r.pick(['thumb', 'medium', 'large'])}.webp`,
  },
  {
    label: 'r2-no-such-key',
    step: 'fetch-original',
    name: 'R2Error',
    make: (r) =>
      `get: The specified key does not exist. (10007) key=${r.pick(['uploads', 'raw', 'inbox'])}/${r.int(2024, 2026)}/${r.int(1, 12)}/${r.alnum(10)}.${r.pick(['jpg', 'png', 'pdf'])}`,
  },
  {
    label: 'r2-precondition',
    step: 'store-variant',
    name: 'R2Error',
    make: (r) =>
      `put: At least one of the pre-conditions you specified did not hold. (10031) etag="${r.hex(32)}"`,
  },
  {
    label: 'kv-put-429',
    step: 'cache-result',
    name: 'Error',
    make: (r) =>
      `KV PUT failed: 429 Too Many Requests for key "${r.pick(['user', 'session', 'quote'])}:${r.int(1000, 999999)}:${r.hex(6)}"`,
  },
  // Hard negative: same shape, another status.
  {
    label: 'kv-get-500',
    step: 'cache-result',
    name: 'Error',
    make: (r) =>
      `KV GET failed: 500 Internal Server Error for key "${r.pick(['user', 'session', 'quote'])}:${r.int(1000, 999999)}:${r.hex(6)}"`,
  },
  {
    label: 'kv-value-too-large',
    step: 'cache-result',
    name: 'Error',
    make: (r) =>
      `KV put() failed: Value length of ${r.int(26_214_401, 40_000_000)} exceeds limit of 26214400.`,
  },
  {
    label: 'queue-message-too-large',
    step: 'enqueue-events',
    name: 'Error',
    make: (r) => `Queue send failed: message of ${r.int(131_073, 900_000)} bytes exceeds the 128 KB limit`,
  },
  {
    label: 'queue-batch-too-large',
    step: 'enqueue-events',
    name: 'Error',
    make: (r) => `sendBatch() failed: batch of ${r.int(101, 600)} messages exceeds maximum of 100`,
  },
  {
    label: 'too-many-subrequests',
    step: 'fan-out',
    name: 'Error',
    make: (r) => `Too many subrequests by single Worker invocation (${r.int(1001, 1400)} > 1000).`,
  },
  {
    label: 'cpu-exceeded',
    step: 'transform',
    name: 'Error',
    make: () => 'Worker exceeded CPU time limit.',
  },
  {
    label: 'memory-exceeded',
    step: 'transform',
    name: 'RangeError',
    make: (r) => `Worker exceeded memory limit: ${r.int(129, 400)} MB used of 128 MB`,
  },
  {
    label: 'ai-quota',
    step: 'summarise',
    name: 'QuotaExceededError',
    make: (r) => `Workers AI daily neuron quota exceeded at ${r.iso()} (${r.int(10_001, 12_000)}/10000)`,
  },
  {
    label: 'ai-model-capacity',
    step: 'summarise',
    name: 'InferenceUpstreamError',
    make: (r) =>
      `@cf/meta/llama-3.1-8b-instruct: capacity temporarily exceeded, please try again (request ${r.uuid()})`,
  },
  {
    label: 'step-timeout-charge',
    step: 'charge-card',
    name: 'TimeoutError',
    make: (r) => `charge-card-${r.int(1, 3)} timed out after ${r.pick([30000, 30000, 60000])}ms`,
  },
  {
    label: 'wait-timeout-webhook',
    step: 'await-payment-webhook',
    name: 'WorkflowTimeoutError',
    make: () => 'Execution timed out',
  },
  // Hard negative: the same text in another step (a different event never came).
  {
    label: 'wait-timeout-approval',
    step: 'await-approval',
    name: 'WorkflowTimeoutError',
    make: () => 'Execution timed out',
  },
  // Hard negative: the same text under another error name.
  {
    label: 'timeout-error-approval',
    step: 'await-approval',
    name: 'TimeoutError',
    make: () => 'Execution timed out',
  },
  {
    label: 'step-output-too-large',
    step: 'export-report',
    name: 'NonRetryableError',
    make: (r) =>
      `Step output exceeds the 1 MiB limit (${r.int(1_048_577, 9_000_000)} bytes); return a smaller value or store it in R2`,
  },
  {
    label: 'do-storage-limit',
    step: 'record-progress',
    name: 'Error',
    make: (r) => `Durable Object storage operation exceeded 128 KiB value limit for key progress:${r.uuid()}`,
  },
];
