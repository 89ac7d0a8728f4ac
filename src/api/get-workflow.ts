import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Workflow, workflowResponseSchema } from '../../contract/workflows.ts';
import { workflowApiPath } from '../lib/paths.ts';
import { apiGet } from './client.ts';
import { workflowKey } from './query-keys.ts';

/** One workflow with its per-status instance counts: one request whatever the number of instances. */
export async function getWorkflow(
  accountId: string,
  workflowName: string,
  signal?: AbortSignal,
): Promise<Workflow> {
  const response = await apiGet(workflowApiPath(accountId, workflowName), workflowResponseSchema, { signal });
  return response.result;
}

export function workflowQueryOptions(accountId: string, workflowName: string) {
  return queryOptions({
    queryKey: workflowKey(accountId, workflowName),
    queryFn: ({ signal }) => getWorkflow(accountId, workflowName, signal),
  });
}

export function useWorkflow(accountId: string, workflowName: string) {
  return useQuery(workflowQueryOptions(accountId, workflowName));
}
