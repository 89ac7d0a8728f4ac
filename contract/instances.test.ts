import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { instanceDetailSchema, stepLogSchema, stepSchema } from './instances.ts';

const attempt = {
  start: '2026-11-28T21:11:43.050Z',
  end: null,
  success: false,
  error: { name: 'E', message: 'm' },
};
const doStep = {
  type: 'step',
  name: 'charge',
  start: '2026-11-28T21:11:43.050Z',
  end: null,
  success: null,
  output: { any: 'thing' },
  attempts: [attempt, { start: null }],
  config: { retries: { limit: 5, delay: '2 seconds', backoff: 'exponential' }, timeout: 20_000 },
  extra: 'kept',
};

/** Entries the fast path must take as is, and entries it must leave to the schema (which may still accept them). */
const entries: unknown[] = [
  doStep,
  { ...doStep, type: 'rollback' },
  { type: 'step', name: 'no-attempts' },
  { ...doStep, attempts: 'not an array' },
  { ...doStep, attempts: [{ error: { name: 'E' } }] },
  { ...doStep, config: { retries: { limit: '5', delay: 1 } } },
  { ...doStep, config: { timeout: true } },
  { ...doStep, success: 'yes' },
  { type: 'sleep', name: 'nap', start: null, end: null, finished: false },
  { type: 'waitForEvent', name: 'w', event_type: 'approval' },
  { type: 'termination', trigger: { source: 'api' } },
  { type: 'somethingNew', name: 'later', detail: [1, 2] },
];

describe('stepLogSchema', () => {
  it('gives the same log as parsing every entry with stepSchema', () => {
    const fast = stepLogSchema.parse(structuredClone(entries));
    const slow = z.array(stepSchema).parse(structuredClone(entries));
    expect(fast).toEqual(slow);
    expect(fast[2]).toMatchObject({ attempts: [] });
    expect(fast[3]).toMatchObject({ type: 'step', attempts: 'not an array' });
  });

  it('rejects an entry the schema rejects, naming its index', () => {
    const result = instanceDetailSchema.safeParse({
      status: 'complete',
      steps: [doStep, { name: 'no type' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['steps', 1]);
  });

  it('rejects a log that is not an array, at the log itself', () => {
    const result = instanceDetailSchema.safeParse({ status: 'complete', steps: { 0: {} } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['steps']]);
  });

  it('defaults a missing log to no steps', () => {
    expect(instanceDetailSchema.parse({ status: 'complete' }).steps).toEqual([]);
  });
});
