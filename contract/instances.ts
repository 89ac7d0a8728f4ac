import { z } from 'zod/mini';
import { acceptDoStepAsIs } from './do-step-shape.ts';
import { envelopeSchema } from './envelope.ts';
import { instanceStatusSchema, triggerSourceSchema } from './status.ts';

/** One row of list-instances (snake_case, `version_id`). */
export const instanceSummarySchema = z.looseObject({
  id: z.string(),
  status: instanceStatusSchema,
  created_on: z.string(),
  modified_on: z.nullish(z.string()),
  started_on: z.nullish(z.string()),
  ended_on: z.nullish(z.string()),
  workflow_id: z.optional(z.string()),
  version_id: z.optional(z.string()),
  trigger_source: z.nullish(triggerSourceSchema),
});
export type InstanceSummary = z.infer<typeof instanceSummarySchema>;
export const instanceListResponseSchema = envelopeSchema(z.array(instanceSummarySchema));
export type InstanceListResponse = z.infer<typeof instanceListResponseSchema>;

export const errorDetailSchema = z.looseObject({ name: z.string(), message: z.string() });
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/** `delay` and `timeout` are ms numbers, duration strings ("30 seconds"), or "[dynamic]". */
const durationSchema = z.union([z.string(), z.number()]);

export const attemptSchema = z.looseObject({
  start: z.nullish(z.string()),
  end: z.nullish(z.string()),
  success: z.nullish(z.boolean()),
  error: z.nullish(errorDetailSchema),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const stepConfigSchema = z.looseObject({
  retries: z.optional(
    z.looseObject({ limit: z.number(), delay: durationSchema, backoff: z.nullish(z.string()) }),
  ),
  timeout: z.optional(durationSchema),
  sensitive: z.nullish(z.string()),
});
export type StepConfig = z.infer<typeof stepConfigSchema>;

/** `step` and `rollback` entries: a `step.do` with its attempts. */
export const doStepSchema = z.looseObject({
  type: z.enum(['step', 'rollback']),
  name: z.string(),
  start: z.nullish(z.string()),
  end: z.nullish(z.string()),
  success: z.nullish(z.boolean()),
  output: z.optional(z.unknown()),
  attempts: z._default(z.array(attemptSchema), []),
  config: z.optional(stepConfigSchema),
});
export const sleepStepSchema = z.looseObject({
  type: z.literal('sleep'),
  name: z.string(),
  start: z.nullish(z.string()),
  end: z.nullish(z.string()),
  finished: z.nullish(z.boolean()),
  error: z.nullish(errorDetailSchema),
});
export const waitStepSchema = z.looseObject({
  type: z.literal('waitForEvent'),
  name: z.string(),
  start: z.nullish(z.string()),
  end: z.nullish(z.string()),
  finished: z.nullish(z.boolean()),
  error: z.nullish(errorDetailSchema),
  event_type: z.nullish(z.string()),
  output: z.optional(z.unknown()),
});
export const terminationStepSchema = z.looseObject({
  type: z.literal('termination'),
  trigger: z.optional(z.looseObject({ source: z.string() })),
});
/** Any other entry type the API may add later: kept, shown by its type. */
export const unknownStepSchema = z.looseObject({ type: z.string(), name: z.optional(z.string()) });

export const stepSchema = z.union([
  doStepSchema,
  sleepStepSchema,
  waitStepSchema,
  terminationStepSchema,
  unknownStepSchema,
]);
export type Step = z.infer<typeof stepSchema>;
export type DoStep = z.infer<typeof doStepSchema>;
export type SleepStep = z.infer<typeof sleepStepSchema>;
export type WaitStep = z.infer<typeof waitStepSchema>;
export type TerminationStep = z.infer<typeof terminationStepSchema>;

/**
 * The log, entry by entry through `stepSchema`, except that entries already in `doStepSchema`'s exact shape
 * (nearly all of a large log) are taken as they are (contract/do-step-shape.ts): same result, a tenth of the
 * time on 10,000 steps. An entry the schema rejects fails the whole log, with its index in the path. The
 * array itself is checked as a whole: `z.array(z.unknown())` would still pass each entry through zod.
 */
export const stepLogSchema = z.pipe(
  z.custom<unknown[]>((value) => Array.isArray(value), { message: 'Invalid input: expected array' }),
  z.transform((entries, ctx): Step[] => {
    const steps: Step[] = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (acceptDoStepAsIs(entry)) {
        steps[i] = entry as DoStep;
        continue;
      }
      const parsed = stepSchema.safeParse(entry);
      if (parsed.success) steps[i] = parsed.data;
      else
        for (const issue of parsed.error.issues)
          ctx.issues.push({ code: 'custom', message: issue.message, input: entry, path: [i, ...issue.path] });
    }
    return steps;
  }),
);

/** get-instance. Note `versionId` (camelCase) here, unlike list's `version_id`. */
export const instanceDetailSchema = z.looseObject({
  status: instanceStatusSchema,
  params: z.optional(z.unknown()),
  trigger: z.nullish(z.looseObject({ source: z.string() })),
  versionId: z.nullish(z.string()),
  queued: z.nullish(z.string()),
  start: z.nullish(z.string()),
  end: z.nullish(z.string()),
  step_count: z.nullish(z.number()),
  steps: z._default(stepLogSchema, []),
  success: z.nullish(z.boolean()),
  error: z.nullish(errorDetailSchema),
  output: z.optional(z.unknown()),
  rollback: z.nullish(z.looseObject({ outcome: z.string(), error: z.nullish(errorDetailSchema) })),
  schedule: z.nullish(z.looseObject({ cron: z.string(), scheduledTime: z.number() })),
});
export type InstanceDetail = z.infer<typeof instanceDetailSchema>;
export const instanceDetailResponseSchema = envelopeSchema(instanceDetailSchema);

/** `/step` JSON result: the whole output of one step (or one attempt). */
export const stepOutputSchema = z.looseObject({
  status: z.string(),
  error: z.nullish(errorDetailSchema),
  event_type: z.nullish(z.string()),
  output: z.optional(z.unknown()),
});
export type StepOutput = z.infer<typeof stepOutputSchema>;
export const stepOutputResponseSchema = envelopeSchema(stepOutputSchema);
