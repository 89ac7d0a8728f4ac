import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { type StatusChange, statusChangeResponseSchema } from '../../contract/writes.ts';
import { workflowApiPath } from '../lib/paths.ts';
import { ApiError, apiWrite } from './client.ts';
import { instanceKey, workflowKey } from './query-keys.ts';
import type { RequestPriority } from './request-budget.ts';

export interface InstanceRef {
  accountId: string;
  workflowName: string;
  instanceId: string;
}

export function instanceApiPath({ accountId, workflowName, instanceId }: InstanceRef): string {
  return `${workflowApiPath(accountId, workflowName)}/instances/${encodeURIComponent(instanceId)}`;
}

/** Pause, resume, terminate or restart; answers the status the API reports right after. */
export async function changeInstanceStatus(
  ref: InstanceRef,
  change: StatusChange,
  options: { priority?: RequestPriority; signal?: AbortSignal } = {},
): Promise<{ status: string; timestamp?: string | undefined }> {
  const response = await apiWrite(
    'PATCH',
    `${instanceApiPath(ref)}/status`,
    change,
    statusChangeResponseSchema,
    {
      priority: options.priority,
      signal: options.signal,
    },
  );
  return response.result;
}

/**
 * What a write changed is re-read from the API, never guessed: the instance (every step order) and the
 * workflow's lists and counts. A follow-up read a second later catches a transition such as
 * waitingForPause -> paused.
 */
export function refreshAfterWrite(queryClient: QueryClient, ref: InstanceRef, error?: unknown): void {
  // A 403 may mean the token cannot write: /api/meta then says so (writesUnavailable) for every control.
  if (error instanceof ApiError && error.status === 403)
    void queryClient.invalidateQueries({ queryKey: ['meta'] });
  const instance = instanceKey(ref.accountId, ref.workflowName, ref.instanceId);
  // The instance is re-read now; a step's stored output only goes stale, to be re-read when shown again: a
  // restart removes the steps it re-runs, and asking /step for one now would only earn a 404.
  const notStep = (query: { queryKey: readonly unknown[] }) => query.queryKey[instance.length] !== 'step';
  void queryClient.invalidateQueries({ queryKey: instance, predicate: notStep });
  void queryClient.invalidateQueries({ queryKey: [...instance, 'step'], refetchType: 'none' });
  void queryClient.invalidateQueries({
    queryKey: workflowKey(ref.accountId, ref.workflowName),
    refetchType: 'none',
  });
  setTimeout(() => void queryClient.invalidateQueries({ queryKey: instance, predicate: notStep }), 1_000);
}

/** The key of status changes sent from `source` (so another control can show their outcome). */
export const statusChangeKey = (ref: InstanceRef, source: string) =>
  [...instanceKey(ref.accountId, ref.workflowName, ref.instanceId), 'status-change', source] as const;

export function useChangeInstanceStatus(ref: InstanceRef, source = 'actions') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: statusChangeKey(ref, source),
    mutationFn: (change: StatusChange) => changeInstanceStatus(ref, change),
    onSettled: (_data, error) => refreshAfterWrite(queryClient, ref, error),
  });
}
