import { queryOptions, useQuery } from '@tanstack/react-query';
import { type StepOutput, stepOutputResponseSchema } from '../../contract/instances.ts';
import { workflowApiPath } from '../lib/paths.ts';
import { apiGet } from './client.ts';
import { instanceKey } from './query-keys.ts';

export interface StepOutputRequest {
  /** The exact step name from the instance log, with its counter suffix ("charge-card-1"). */
  name: string;
  type: 'step' | 'waitForEvent';
  /** 1-based attempt; only for `type: 'step'`. */
  attempt?: number;
}

/** The whole output of one step or attempt (the instance log may truncate it). */
export async function getStepOutput(
  accountId: string,
  workflowName: string,
  instanceId: string,
  step: StepOutputRequest,
  signal?: AbortSignal,
): Promise<StepOutput> {
  const path = `${workflowApiPath(accountId, workflowName)}/instances/${encodeURIComponent(instanceId)}/step`;
  const response = await apiGet(path, stepOutputResponseSchema, {
    query: { name: step.name, type: step.type, attempt: step.attempt },
    signal,
  });
  return response.result;
}

export function stepOutputQueryOptions(
  accountId: string,
  workflowName: string,
  instanceId: string,
  step: StepOutputRequest,
) {
  return queryOptions({
    queryKey: [
      ...instanceKey(accountId, workflowName, instanceId),
      'step',
      { name: step.name, type: step.type, attempt: step.attempt ?? null },
    ] as const,
    queryFn: ({ signal }) => getStepOutput(accountId, workflowName, instanceId, step, signal),
    // A finished step's stored output does not change.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useStepOutput(
  accountId: string,
  workflowName: string,
  instanceId: string,
  step: StepOutputRequest,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    ...stepOutputQueryOptions(accountId, workflowName, instanceId, step),
    enabled: options.enabled,
  });
}
