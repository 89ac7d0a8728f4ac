import { z } from 'zod/mini';
import { envelopeSchema } from './envelope.ts';

/** Per-status instance counts on a workflow. Every key is optional upstream; missing means 0. */
export const instanceCountsSchema = z.record(z.string(), z.number());
export type InstanceCounts = z.infer<typeof instanceCountsSchema>;

export const workflowScheduleSchema = z.looseObject({
  cron: z.string(),
  next_instance: z.nullish(z.string()),
});

/** A workflow as list-workflows and get-workflow return it. */
export const workflowSchema = z.looseObject({
  name: z.string(),
  id: z.optional(z.string()),
  created_on: z.optional(z.string()),
  modified_on: z.optional(z.string()),
  script_name: z.optional(z.string()),
  class_name: z.optional(z.string()),
  triggered_on: z.nullish(z.string()),
  instances: z._default(instanceCountsSchema, {}),
  schedules: z.nullish(z.array(workflowScheduleSchema)),
});
export type Workflow = z.infer<typeof workflowSchema>;

export const workflowListResponseSchema = envelopeSchema(z.array(workflowSchema));
export const workflowResponseSchema = envelopeSchema(workflowSchema);

/** A version of a workflow (list-versions). */
export const workflowVersionSchema = z.looseObject({
  id: z.string(),
  workflow_id: z.optional(z.string()),
  class_name: z.optional(z.string()),
  created_on: z.optional(z.string()),
  modified_on: z.optional(z.string()),
  has_dag: z.optional(z.boolean()),
  language: z.optional(z.string()),
  limits: z.nullish(z.looseObject({ steps: z.number() })),
  default_retention: z.nullish(z.looseObject({ error_retention: z.number(), success_retention: z.number() })),
});
export type WorkflowVersion = z.infer<typeof workflowVersionSchema>;
export const workflowVersionListResponseSchema = envelopeSchema(z.array(workflowVersionSchema));
