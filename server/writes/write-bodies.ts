import { z } from 'zod';
import { WORKFLOW_NAME_PATTERN } from '../../contract/params.ts';

/** Cloudflare's limit on params and event payloads (docs, Limits: 1 MiB). */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;

const ID = z
  .string()
  .min(1)
  .max(100)
  .regex(WORKFLOW_NAME_PATTERN, 'must match ^[a-zA-Z0-9_][a-zA-Z0-9-_]*$')
  .refine(
    (id) => !/^cf_[0-9a-f]{64}$/.test(id),
    'cf_ followed by 64 hex characters is reserved for system ids',
  );
const RETENTION = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/^(\d+)\s+(second|minute|hour|day|week|month|year)s?$/),
]);

/** `params` is declared a JSON-encoded string; wrangler sends the parsed value: both pass, up to 1 MiB. */
const PARAMS = z.unknown().superRefine((value, ctx) => {
  if (typeof value === 'string') {
    try {
      JSON.parse(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'a string params must be JSON-encoded' });
      return;
    }
  }
  const bytes = payloadBytes(typeof value === 'string' ? value : JSON.stringify(value));
  if (bytes > MAX_PAYLOAD_BYTES) {
    ctx.addIssue({ code: 'custom', message: `is ${bytes} bytes; at most ${MAX_PAYLOAD_BYTES} (1 MiB)` });
  }
});

/** One instance of create-instance and of each batch item (unknown fields refused). */
export const createBody = z.strictObject({
  instance_id: ID.optional(),
  instance_retention: z
    .strictObject({ error_retention: RETENTION.optional(), success_retention: RETENTION.optional() })
    .optional(),
  location_hint: z.enum(['wnam', 'weur', 'enam', 'eeur', 'apac', 'oc', 'sam', 'afr', 'me']).optional(),
  params: PARAMS.optional(),
});

export const batchCreateBody = z.array(createBody).min(1).max(100);

export const batchDeleteBody = z.strictObject({
  instances: z
    .array(
      z
        .string()
        .max(100)
        .regex(/^(-[0-9a-f]{64}|[a-zA-Z0-9_][a-zA-Z0-9-_]*)$/),
    )
    .min(1)
    .max(100),
});

/** PATCH …/status: one of four shapes (API reference, wor-change-status-workflow-instance). */
export const statusBody = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('pause') }),
  z.strictObject({ status: z.literal('resume') }),
  z.strictObject({ status: z.literal('terminate'), rollback: z.boolean().optional() }),
  z.strictObject({
    status: z.literal('restart'),
    from: z
      .strictObject({
        name: z.string().min(1).max(256),
        count: z.number().int().positive().optional(),
        type: z.enum(['do', 'sleep', 'waitForEvent']).optional(),
      })
      .optional(),
  }),
]);
export type StatusBody = z.infer<typeof statusBody>;

/** An event's payload: any JSON object, up to 1 MiB (the size is checked on the body's bytes). */
export const eventBody = z.record(z.string(), z.unknown());

export function payloadBytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The first problem of a failed parse as one readable line: `from.count: Too small…`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid body';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
