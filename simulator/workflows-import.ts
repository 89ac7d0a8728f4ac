import { DAY, MINUTE } from './duration.ts';
import { connectionReset, d1Error, rateLimited } from './error-causes.ts';
import { okResult } from './payloads.ts';
import type { RetryConfig, StepSpec } from './types.ts';
import { fail, step, timedOut, type WorkflowDef } from './workflow-def.ts';

/**
 * Ids of the two showcase imports at Cloudflare's step limits (10,000 by default, 25,000 at most), for the
 * Gantt and its bench. They are planned on demand like every instance; see BULK_SHOWCASES in population.ts.
 */
export const LARGE_IMPORT_10K_ID = 'large-import-10000-steps';
export const LARGE_IMPORT_25K_ID = 'large-import-25000-steps';

/** Every retry kind appears, including a user-supplied ("[dynamic]") delay. */
const RETRIES: readonly RetryConfig[] = [
  { limit: 5, delay: '2 seconds', backoff: 'exponential' },
  { limit: 4, delay: 1_500, backoff: 'linear' },
  { limit: 3, delay: '5 seconds', backoff: 'constant' },
  { limit: 3, delay: '[dynamic]', backoff: 'exponential' },
];

export const largeImport: WorkflowDef = {
  name: 'large-import',
  scriptName: 'importer',
  className: 'LargeImportWorkflow',
  // Only the showcases and one small natural run: the big ones are placed by population.ts.
  share: 0,
  triggers: [['api', 1]],
  versions: 1,
  idStyle: 'uuid',
  shape: (rng) => ({ chunks: rng.int(20, 120) }),
  largeShape: { chunks: 9_990 },
  hugeShape: { chunks: 24_975 },
  params: okResult((rng, shape) => ({
    source: `r2://imports/${rng.hex(8)}.ndjson`,
    chunks: shape.chunks ?? 0,
    chunk_size: 1_000,
  })),
  output: okResult((rng, shape) => ({ imported: (shape.chunks ?? 0) * 1_000 - rng.int(0, 999) })),
  rollbackP: 0,
  terminateP: 0,
  steps: ({ shape }) => {
    const chunks = shape.chunks ?? 20;
    const specs: StepSpec[] = [
      step('open-source', { duration: [200, 2_000], output: okResult(() => ({ ok: true })) }),
    ];
    for (let c = 0; c < chunks; c++) {
      const retries = RETRIES[c % RETRIES.length] as RetryConfig;
      specs.push(
        step('import-chunk', {
          duration: [150, 1_200],
          config: { retries, timeout: '20 seconds' },
          failures: [
            fail(0.06, rateLimited('api.example-crm.com'), { persist: 0.01 }),
            fail(0.01, connectionReset('api.example-crm.com'), { persist: 0.01 }),
            timedOut(0.003, 0.05),
          ],
          // The importer logs a chunk it could not import and goes on.
          caught: true,
          output: okResult((rng) => ({ chunk: c, rows: rng.int(900, 1_000) })),
        }),
      );
      if (c > 0 && c % 2_000 === 0) {
        specs.push(step('checkpoint', { duration: [50, 400], failures: [fail(0.02, d1Error)] }));
        specs.push({ kind: 'sleep', name: 'cool-down', ms: 10 * MINUTE });
      }
    }
    specs.push({ kind: 'sleep', name: 'settle', ms: DAY / 8 });
    specs.push(step('close-source', { duration: [100, 900] }));
    return specs;
  },
};
