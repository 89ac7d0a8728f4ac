import { DAY, MINUTE } from './duration.ts';
import { d1Error, imageDecode, invalidEmail, quotaExceeded, r2Error, rateLimited } from './error-causes.ts';
import { imageParams, largeMetadata, okResult, signupParams } from './payloads.ts';
import type { StepSpec } from './types.ts';
import { fail, step, timedOut, type WorkflowDef } from './workflow-def.ts';

const VARIANTS = ['thumb', 'medium', 'large'] as const;

export const imageProcessing: WorkflowDef = {
  name: 'image-processing',
  scriptName: 'media-pipeline',
  className: 'ImageProcessingWorkflow',
  share: 0.3,
  triggers: [
    ['api', 3],
    ['event', 5],
    ['binding', 2],
  ],
  versions: 2,
  idStyle: 'uuid',
  // metadataKb: most images carry a few KB of EXIF; some carry 50-300 KB of XMP.
  shape: (rng) => ({ metadataKb: rng.chance(0.04) ? rng.int(50, 300) : rng.int(1, 4) }),
  params: imageParams,
  output: okResult((rng) => ({
    variants: VARIANTS.map((v) => `variants/${rng.hex(8)}/${v}.webp`),
    blurhash: rng.hex(20),
  })),
  rollbackP: 0,
  terminateP: 0.01,
  steps: ({ incident }) => {
    const r2 = incident('r2-degraded');
    const specs: StepSpec[] = [
      step('fetch-original', {
        duration: [80, 1500],
        failures: [fail(0.01 * r2, r2Error, { persist: r2 > 1 ? 0.6 : 0.05 })],
        output: okResult((rng) => ({ etag: rng.hex(32), bytes: rng.int(80_000, 18_000_000) })),
      }),
      step('extract-metadata', {
        duration: [30, 600],
        failures: [fail(0.01, imageDecode, { retryable: false })],
        output: largeMetadata,
      }),
    ];
    for (const variant of VARIANTS) {
      specs.push(
        step('resize-image', {
          duration: [400, 6000],
          group: 1,
          config: { retries: { limit: 2, delay: 2000, backoff: 'constant' }, timeout: '30 seconds' },
          failures: [timedOut(0.01)],
          output: okResult((rng) => ({
            variant,
            width: variant === 'thumb' ? 160 : variant === 'medium' ? 800 : 2048,
            bytes: rng.int(4_000, 900_000),
          })),
        }),
      );
    }
    specs.push(
      step('generate-alt-text', {
        duration: [800, 5000],
        failures: [fail(0.01, quotaExceeded, { retryable: false })],
        output: okResult((rng) => ({
          alt: rng.pick([
            'A dog on a beach at sunset',
            'Two mugs on a wooden table',
            'A city skyline at night',
          ]),
        })),
      }),
      step('store-variants', {
        duration: [100, 1800],
        failures: [fail(0.015 * r2, r2Error, { persist: r2 > 1 ? 0.6 : 0.05 })],
        output: okResult((rng) => ({ stored: 3, prefix: `variants/${rng.hex(8)}` })),
      }),
    );
    return specs;
  },
};

export const onboardingEmails: WorkflowDef = {
  name: 'onboarding-emails',
  scriptName: 'growth',
  className: 'OnboardingWorkflow',
  share: 0.16,
  triggers: [['binding', 1]],
  versions: 2,
  idStyle: 'uuid',
  shape: (rng) => ({ trialDays: rng.pick([3, 7, 7, 14]) }),
  params: signupParams,
  output: okResult((rng) => ({ converted: rng.chance(0.3), emails_sent: rng.int(2, 4) })),
  rollbackP: 0,
  terminateP: 0.05,
  steps: ({ shape, incident }) => {
    const sendgrid = incident('sendgrid-throttling');
    const send = (name: string) =>
      step(name, {
        duration: [120, 1500],
        config: { retries: { limit: 4, delay: '30 seconds', backoff: 'exponential' }, timeout: '1 minute' },
        failures: [
          fail(0.02 * sendgrid, rateLimited('api.sendgrid.com'), { persist: sendgrid > 1 ? 0.5 : 0.02 }),
          fail(0.008, invalidEmail, { retryable: false }),
        ],
        output: okResult((rng) => ({ message_id: `<${rng.hex(16)}@sendgrid.net>`, template: name })),
      });
    return [
      step('create-account', {
        duration: [50, 600],
        config: { ...createAccountConfig },
        failures: [fail(0.01, d1Error, { persist: 0.3 })],
        output: okResult((rng) => ({ account_id: `acct_${rng.hex(10)}`, api_key: `sk_live_${rng.hex(32)}` })),
      }),
      send('send-welcome-email'),
      { kind: 'sleep', name: 'wait-for-trial-end', ms: (shape.trialDays ?? 7) * DAY - 2 * DAY },
      send('send-trial-ending-email'),
      {
        kind: 'wait',
        name: 'await-upgrade',
        eventType: 'subscription-upgraded',
        timeoutMs: 2 * DAY,
        deliverP: 0.35,
        caught: true,
        delay: [10 * MINUTE, 40 * 3_600_000],
        output: okResult((rng) => ({ plan: rng.pick(['pro', 'team']), seats: rng.int(1, 25) })),
      },
      send('send-follow-up'),
    ];
  },
};

const createAccountConfig = {
  retries: { limit: 2, delay: 1000, backoff: 'constant' as const },
  timeout: '10 seconds',
  sensitive: 'output' as const,
};
