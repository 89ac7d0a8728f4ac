import { z } from 'zod';
import { envelopeSchema } from './envelope.ts';
import { instanceStatusSchema, triggerSourceSchema } from './status.ts';

/** One row of list-instances (snake_case, `version_id`). */
export const instanceSummarySchema = z.looseObject({
  id: z.string(),
  status: instanceStatusSchema,
  created_on: z.string(),
  modified_on: z.string().nullish(),
  started_on: z.string().nullish(),
  ended_on: z.string().nullish(),
  workflow_id: z.string().optional(),
  version_id: z.string().optional(),
  trigger_source: triggerSourceSchema.nullish(),
});
export type InstanceSummary = z.infer<typeof instanceSummarySchema>;
export const instanceListResponseSchema = envelopeSchema(z.array(instanceSummarySchema));
export type InstanceListResponse = z.infer<typeof instanceListResponseSchema>;

export const apiErrorSchema = z.looseObject({ name: z.string(), message: z.string() });
export type ApiError = z.infer<typeof apiErrorSchema>;

/** `delay` and `timeout` are ms numbers, duration strings ("30 seconds"), or "[dynamic]". */
const durationSchema = z.union([z.string(), z.number()]);

export const attemptSchema = z.looseObject({
  start: z.string().nullish(),
  end: z.string().nullish(),
  success: z.boolean().nullish(),
  error: apiErrorSchema.nullish(),
});
export type Attempt = z.infer<typeof attemptSchema>;

export const stepConfigSchema = z.looseObject({
  retries: z
    .looseObject({ limit: z.number(), delay: durationSchema, backoff: z.string().nullish() })
    .optional(),
  timeout: durationSchema.optional(),
  sensitive: z.string().nullish(),
});
export type StepConfig = z.infer<typeof stepConfigSchema>;

/** `step` and `rollback` entries: a `step.do` with its attempts. */
export const doStepSchema = z.looseObject({
  type: z.enum(['step', 'rollback']),
  name: z.string(),
  start: z.string().nullish(),
  end: z.string().nullish(),
  success: z.boolean().nullish(),
  output: z.unknown().optional(),
  attempts: z.array(attemptSchema).default([]),
  config: stepConfigSchema.optional(),
});
export const sleepStepSchema = z.looseObject({
  type: z.literal('sleep'),
  name: z.string(),
  start: z.string().nullish(),
  end: z.string().nullish(),
  finished: z.boolean().nullish(),
  error: apiErrorSchema.nullish(),
});
export const waitStepSchema = z.looseObject({
  type: z.literal('waitForEvent'),
  name: z.string(),
  start: z.string().nullish(),
  end: z.string().nullish(),
  finished: z.boolean().nullish(),
  error: apiErrorSchema.nullish(),
  event_type: z.string().nullish(),
  output: z.unknown().optional(),
});
export const terminationStepSchema = z.looseObject({
  type: z.literal('termination'),
  trigger: z.looseObject({ source: z.string() }).optional(),
});
/** Any other entry type the API may add later: kept, shown by its type. */
export const unknownStepSchema = z.looseObject({ type: z.string(), name: z.string().optional() });

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

/** get-instance. Note `versionId` (camelCase) here, unlike list's `version_id`. */
export const instanceDetailSchema = z.looseObject({
  status: instanceStatusSchema,
  params: z.unknown().optional(),
  trigger: z.looseObject({ source: z.string() }).nullish(),
  versionId: z.string().nullish(),
  queued: z.string().nullish(),
  start: z.string().nullish(),
  end: z.string().nullish(),
  step_count: z.number().nullish(),
  steps: z.array(stepSchema).default([]),
  success: z.boolean().nullish(),
  error: apiErrorSchema.nullish(),
  output: z.unknown().optional(),
  rollback: z.looseObject({ outcome: z.string(), error: apiErrorSchema.nullish() }).nullish(),
  schedule: z.looseObject({ cron: z.string(), scheduledTime: z.number() }).nullish(),
});
export type InstanceDetail = z.infer<typeof instanceDetailSchema>;
export const instanceDetailResponseSchema = envelopeSchema(instanceDetailSchema);

/** `/step` JSON result: the whole output of one step (or one attempt). */
export const stepOutputSchema = z.looseObject({
  status: z.string(),
  error: apiErrorSchema.nullish(),
  event_type: z.string().nullish(),
  output: z.unknown().optional(),
});
export type StepOutput = z.infer<typeof stepOutputSchema>;
export const stepOutputResponseSchema = envelopeSchema(stepOutputSchema);
