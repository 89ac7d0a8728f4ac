import { DAY, HOUR, MINUTE, SECOND } from './duration.ts';
import {
  connectionReset,
  invalidEmail,
  missingSku,
  paymentDeclined,
  rateLimited,
  upstream5xx,
} from './error-causes.ts';
import { invoiceParams, okResult, orderParams } from './payloads.ts';
import type { StepSpec } from './types.ts';
import { fail, step, timedOut, type WorkflowDef } from './workflow-def.ts';

export const orderFulfilment: WorkflowDef = {
  name: 'order-fulfilment',
  scriptName: 'shop-backend',
  className: 'OrderFulfilmentWorkflow',
  share: 0.3,
  triggers: [
    ['binding', 6],
    ['api', 3],
    ['event', 1],
  ],
  versions: 3,
  idStyle: 'order',
  shape: (rng) => ({
    items: rng.weighted([
      [1, 5],
      [2, 4],
      [3, 2],
      [5, 1],
      [8, 0.3],
    ] as const),
  }),
  params: orderParams,
  output: okResult((rng) => ({ status: 'fulfilled', tracking: `1Z${rng.hex(16).toUpperCase()}` })),
  rollbackP: 0.7,
  terminateP: 0.02,
  steps: ({ shape, incident }) => {
    const outage = incident('payments-outage');
    const specs: StepSpec[] = [
      step('validate-order', {
        duration: [40, 400],
        failures: [fail(0.01, missingSku, { retryable: false })],
        output: okResult((rng) => ({ valid: true, risk_score: rng.int(1, 40) })),
      }),
      step('reserve-inventory', {
        duration: [200, 2500],
        rollback: true,
        config: { retries: { limit: 3, delay: '5 seconds', backoff: 'linear' }, timeout: '1 minute' },
        failures: [fail(0.02, connectionReset('inventory.internal'))],
        output: okResult((rng) => ({ reservation_id: `res_${rng.hex(8)}`, expires_in: 900 })),
      }),
      step('charge-card', {
        duration: [600, 4000],
        rollback: true,
        config: { retries: { limit: 3, delay: '30 seconds', backoff: 'exponential' }, timeout: 30_000 },
        failures: [
          fail(0.03 * outage, paymentDeclined, { retryable: false }),
          timedOut(0.02 * outage, outage > 1 ? 0.8 : 0.1),
          fail(0.015 * outage, upstream5xx('api.stripe.com'), { persist: outage > 1 ? 0.7 : 0.05 }),
        ],
        output: okResult((rng) => ({ charge_id: `ch_${rng.hex(24)}`, captured: true })),
      }),
      {
        kind: 'wait',
        name: 'await-payment-webhook',
        eventType: 'payment-succeeded',
        timeoutMs: HOUR,
        deliverP: 0.97,
        delay: [2 * SECOND, 3 * MINUTE],
        output: okResult((rng) => ({ type: 'payment_intent.succeeded', id: `evt_${rng.hex(20)}` })),
      },
    ];
    for (let i = 0; i < (shape.items ?? 1); i++) {
      specs.push(
        step('create-shipment', {
          duration: [300, 3000],
          group: 1,
          failures: [fail(0.01, rateLimited('api.shipengine.com'))],
          output: okResult((rng) => ({
            shipment_id: `shp_${rng.hex(10)}`,
            carrier: rng.pick(['ups', 'dhl', 'usps']),
          })),
        }),
      );
    }
    specs.push(
      step('send-confirmation', {
        duration: [150, 1200],
        failures: [
          fail(0.01, invalidEmail, { retryable: false }),
          fail(0.01, rateLimited('api.sendgrid.com')),
        ],
        output: okResult((rng) => ({ message_id: `<${rng.hex(16)}@sendgrid.net>` })),
      }),
    );
    return specs;
  },
};

export const paymentRetries: WorkflowDef = {
  name: 'payment-retries',
  scriptName: 'billing',
  className: 'DunningWorkflow',
  share: 0.12,
  triggers: [
    ['event', 5],
    ['api', 1],
  ],
  versions: 2,
  idStyle: 'uuid',
  shape: (rng) => ({
    rounds: rng.weighted([
      [1, 5],
      [2, 3],
      [3, 2],
    ] as const),
  }),
  params: invoiceParams,
  output: okResult((rng) => ({ recovered: rng.chance(0.7), invoice_status: 'paid' })),
  rollbackP: 0,
  terminateP: 0.04,
  steps: ({ shape, incident }) => {
    const outage = incident('payments-outage');
    const specs: StepSpec[] = [
      step('load-invoice', {
        duration: [30, 300],
        output: okResult((rng) => ({ found: true, version: rng.int(1, 9) })),
      }),
    ];
    const rounds = shape.rounds ?? 1;
    for (let r = 0; r < rounds; r++) {
      specs.push(
        step('attempt-charge', {
          duration: [500, 3500],
          caught: r < rounds - 1,
          config: { retries: { limit: 5, delay: '1 minute', backoff: 'linear' }, timeout: '2 minutes' },
          failures: [
            fail(0.05 * outage, connectionReset('api.stripe.com'), { persist: 0.15 }),
            fail(r < rounds - 1 ? 0.9 : 0.02, paymentDeclined, { retryable: false }),
          ],
          output: okResult((rng) => ({ charge_id: `ch_${rng.hex(24)}`, amount_cents: rng.int(900, 99_900) })),
        }),
      );
      if (r < rounds - 1) specs.push({ kind: 'sleep', name: 'wait-before-retry', ms: DAY });
    }
    specs.push(
      step('send-receipt', {
        duration: [100, 900],
        config: { retries: { limit: 10, delay: '[dynamic]', backoff: 'constant' }, timeout: '30 seconds' },
        failures: [fail(0.03, rateLimited('api.sendgrid.com'), { persist: 0.02 })],
        output: okResult((rng) => ({ message_id: `<${rng.hex(16)}@sendgrid.net>` })),
      }),
    );
    return specs;
  },
};
