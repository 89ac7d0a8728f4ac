import { z } from 'zod';
import { envelopeSchema } from './envelope.ts';

/** Per-status instance counts on a workflow. Every key is optional upstream; missing means 0. */
export const instanceCountsSchema = z.record(z.string(), z.number());
export type InstanceCounts = z.infer<typeof instanceCountsSchema>;

export const workflowScheduleSchema = z.looseObject({
  cron: z.string(),
  next_instance: z.string().nullish(),
});

/** A workflow as list-workflows and get-workflow return it. */
export const workflowSchema = z.looseObject({
  name: z.string(),
  id: z.string().optional(),
  created_on: z.string().optional(),
  modified_on: z.string().optional(),
  script_name: z.string().optional(),
  class_name: z.string().optional(),
  triggered_on: z.string().nullish(),
  instances: instanceCountsSchema.optional().default({}),
  schedules: z.array(workflowScheduleSchema).nullish(),
});
export type Workflow = z.infer<typeof workflowSchema>;

export const workflowListResponseSchema = envelopeSchema(z.array(workflowSchema));
export const workflowResponseSchema = envelopeSchema(workflowSchema);

/** A version of a workflow (list-versions). */
export const workflowVersionSchema = z.looseObject({
  id: z.string(),
  workflow_id: z.string().optional(),
  class_name: z.string().optional(),
  created_on: z.string().optional(),
  modified_on: z.string().optional(),
  has_dag: z.boolean().optional(),
  language: z.string().optional(),
  limits: z.looseObject({ steps: z.number() }).nullish(),
  default_retention: z.looseObject({ error_retention: z.number(), success_retention: z.number() }).nullish(),
});
export type WorkflowVersion = z.infer<typeof workflowVersionSchema>;
export const workflowVersionListResponseSchema = envelopeSchema(z.array(workflowVersionSchema));
