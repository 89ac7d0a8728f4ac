import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CreatedInstance, createInstanceResponseSchema } from '../../contract/writes.ts';
import { workflowApiPath } from '../lib/paths.ts';
import { ApiError, apiWrite } from './client.ts';
import { workflowKey } from './query-keys.ts';

export interface CreateInstanceInput {
  /** Left out, the API picks a random id. */
  instanceId?: string;
  params?: unknown;
}

/** Triggers a new instance of the workflow. */
export async function createInstance(
  accountId: string,
  workflowName: string,
  input: CreateInstanceInput,
): Promise<CreatedInstance> {
  const body: Record<string, unknown> = {};
  if (input.instanceId) body.instance_id = input.instanceId;
  if (input.params !== undefined) body.params = input.params;
  const response = await apiWrite(
    'POST',
    `${workflowApiPath(accountId, workflowName)}/instances`,
    body,
    createInstanceResponseSchema,
  );
  return response.result;
}

export function useCreateInstance(accountId: string, workflowName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInstanceInput) => createInstance(accountId, workflowName, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: workflowKey(accountId, workflowName) }),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 403)
        void queryClient.invalidateQueries({ queryKey: ['meta'] });
    },
  });
}
