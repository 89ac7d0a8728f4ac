import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteInstanceResponseSchema } from '../../contract/writes.ts';
import { type InstanceRef, instanceApiPath } from './change-instance-status.ts';
import { ApiError, apiWrite } from './client.ts';
import { instanceKey, workflowKey } from './query-keys.ts';
import type { RequestPriority } from './request-budget.ts';

export async function deleteInstance(
  ref: InstanceRef,
  options: { priority?: RequestPriority; signal?: AbortSignal } = {},
): Promise<void> {
  await apiWrite('DELETE', instanceApiPath(ref), undefined, deleteInstanceResponseSchema, options);
}

/** A deleted instance's cache is dropped (not refetched: it would answer 404); the lists re-read. */
export function useDeleteInstance(ref: InstanceRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteInstance(ref),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: instanceKey(ref.accountId, ref.workflowName, ref.instanceId) });
      void queryClient.invalidateQueries({ queryKey: workflowKey(ref.accountId, ref.workflowName) });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 403)
        void queryClient.invalidateQueries({ queryKey: ['meta'] });
    },
  });
}
