import { HOUR, MINUTE } from './duration.ts';
import { connectionReset, d1Error, r2Error, rateLimited } from './error-causes.ts';
import { largeMetadata, okResult, reportParams, syncParams } from './payloads.ts';
import type { StepSpec } from './types.ts';
import { fail, step, timedOut, type WorkflowDef } from './workflow-def.ts';

const REGIONS = ['wnam', 'enam', 'weur', 'eeur', 'apac', 'oc', 'sam', 'afr', 'me'];

export const nightlyReport: WorkflowDef = {
  name: 'nightly-report',
  scriptName: 'reporting',
  className: 'NightlyReportWorkflow',
  share: 0,
  triggers: [['cron', 1]],
  cron: { expression: '0 2 * * *', hourUtc: 2 },
  versions: 1,
  idStyle: 'cron',
  shape: () => ({ metadataKb: 120 }),
  params: reportParams,
  output: okResult((rng) => ({
    report_key: `reports/daily-revenue/${rng.hex(6)}.pdf`,
    pages: rng.int(4, 12),
  })),
  rollbackP: 0,
  terminateP: 0,
  steps: () => {
    const specs: StepSpec[] = [
      step('query-metrics', {
        duration: [5_000, 40_000],
        config: { retries: { limit: 3, delay: '1 minute', backoff: 'exponential' }, timeout: '5 minutes' },
        failures: [fail(0.08, d1Error, { persist: 0.1 })],
        output: okResult((rng) => ({ rows: rng.int(10_000, 900_000) })),
      }),
    ];
    for (const region of REGIONS) {
      specs.push(
        step('aggregate-region', {
          duration: [2_000, 20_000],
          output: okResult((rng) => ({
            region,
            revenue_cents: rng.int(1e6, 9e8),
            orders: rng.int(100, 90_000),
          })),
        }),
      );
    }
    specs.push(
      step('render-pdf', { duration: [10_000, 60_000], failures: [timedOut(0.03)], output: largeMetadata }),
      step('upload-report', { duration: [500, 4_000], failures: [fail(0.03, r2Error)] }),
      step('email-report', { duration: [300, 2_000], output: okResult(() => ({ recipients: 2 })) }),
    );
    return specs;
  },
};

export const dataSync: WorkflowDef = {
  name: 'data-sync',
  scriptName: 'etl',
  className: 'DataSyncWorkflow',
  share: 0.02,
  triggers: [
    ['api', 3],
    ['binding', 1],
  ],
  versions: 3,
  idStyle: 'uuid',
  // batches: usually tens to hundreds of steps; the rare backfill has thousands.
  largeShape: { batches: 4_200 },
  shape: (rng) => ({ batches: rng.chance(0.01) ? rng.int(3_000, 4_500) : rng.int(8, 250) }),
  params: syncParams,
  output: okResult((rng) => ({ records_synced: rng.int(1_000, 2_000_000), tables: rng.int(1, 3) })),
  rollbackP: 0.3,
  terminateP: 0.03,
  steps: ({ shape }) => {
    const batches = shape.batches ?? 10;
    const big = batches > 1000;
    const specs: StepSpec[] = [
      step('list-changed-records', {
        duration: [1_000, 15_000],
        output: okResult((rng) => ({ records: batches * 500 - rng.int(0, 499), pages: batches })),
      }),
    ];
    for (let b = 0; b < batches; b++) {
      specs.push(
        step('sync-batch', {
          duration: big ? [3_000, 12_000] : [400, 6_000],
          config: { retries: { limit: 8, delay: '5 seconds', backoff: 'exponential' }, timeout: '2 minutes' },
          failures: [
            fail(0.01, rateLimited('api.hubapi.com'), { persist: 0.002 }),
            fail(0.004, connectionReset('api.hubapi.com'), { persist: 0.002 }),
          ],
          rollback: b === 0,
          output: okResult((rng) => ({ batch: b, upserted: rng.int(400, 500), cursor: rng.hex(16) })),
        }),
      );
      if (b > 0 && b % 100 === 0) {
        specs.push(step('checkpoint', { duration: [50, 500], failures: [fail(0.01, d1Error)] }));
        if (big) specs.push({ kind: 'sleep', name: 'cool-down', ms: 2 * MINUTE });
      }
    }
    specs.push(step('finalise-sync', { duration: [200, 2_000] }));
    if (batches > 20) specs.splice(1, 0, { kind: 'sleep', name: 'wait-for-quota-window', ms: HOUR / 4 });
    return specs;
  },
};
