import type { InstanceDetail, InstanceSummary } from '../../contract/instances.ts';
import { instanceDetailResponseSchema, instanceListResponseSchema } from '../../contract/instances.ts';
import type { Workflow } from '../../contract/workflows.ts';
import { workflowListResponseSchema, workflowResponseSchema } from '../../contract/workflows.ts';
import { workflowApiPath } from '../lib/paths.ts';
import { testSimulator } from './msw-server.ts';

/**
 * Reads the test simulator directly (not through MSW or the app), so that tests find their subjects
 * ("an instance with retries") through the API as a user would, instead of hard-coding generated ids.
 */
export const accountId = testSimulator.accountId;

const SMALL_LOG_STEPS = 16;

async function read<T>(path: string, schema: { parse: (v: unknown) => T }): Promise<T> {
  const response = await testSimulator.fetch(new Request(`http://simulator.invalid/client/v4${path}`));
  if (!response.ok) throw new Error(`simulator answered ${response.status} for ${path}`);
  return schema.parse(await response.json());
}

export async function demoWorkflows(): Promise<Workflow[]> {
  const body = await read(`/accounts/${accountId}/workflows?per_page=100`, workflowListResponseSchema);
  return body.result;
}

export async function demoWorkflow(name: string): Promise<Workflow> {
  return (await read(workflowApiPath(accountId, name), workflowResponseSchema)).result;
}

export async function demoInstances(workflowName: string, status?: string): Promise<InstanceSummary[]> {
  const query = new URLSearchParams({ per_page: '100' });
  if (status) query.set('status', status);
  const path = `${workflowApiPath(accountId, workflowName)}/instances?${query}`;
  return (await read(path, instanceListResponseSchema)).result;
}

export async function demoInstance(workflowName: string, instanceId: string): Promise<InstanceDetail> {
  const path = `${workflowApiPath(accountId, workflowName)}/instances/${encodeURIComponent(instanceId)}`;
  return (await read(path, instanceDetailResponseSchema)).result;
}

export interface FoundInstance {
  workflowName: string;
  instanceId: string;
  detail: InstanceDetail;
}

let withRetries: Promise<FoundInstance> | undefined;

/** The first instance (errored ones first) that has a step with more than one attempt; searched once per file. */
export function findInstanceWithRetries(): Promise<FoundInstance> {
  withRetries ??= searchInstanceWithRetries();
  return withRetries;
}

async function searchInstanceWithRetries(): Promise<FoundInstance> {
  for (const workflow of await demoWorkflows()) {
    for (const status of ['errored', 'complete']) {
      for (const summary of (await demoInstances(workflow.name, status)).slice(0, 25)) {
        const detail = await demoInstance(workflow.name, summary.id);
        const retried = detail.steps.some(
          (s) => s.type === 'step' && 'attempts' in s && Array.isArray(s.attempts) && s.attempts.length > 1,
        );
        // Small enough that every treegrid row is in the DOM (the Gantt renders a window of long logs).
        if (retried && detail.steps.length <= SMALL_LOG_STEPS)
          return { workflowName: workflow.name, instanceId: summary.id, detail };
      }
    }
  }
  throw new Error('the demo account has no instance with a retried step');
}
