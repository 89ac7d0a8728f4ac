import { queryOptions, useQuery } from '@tanstack/react-query';
import { type InstanceDetail, instanceDetailResponseSchema } from '../../contract/instances.ts';
import { isFinalStatus } from '../../contract/status.ts';
import { workflowApiPath } from '../lib/paths.ts';
import { apiGet } from './client.ts';
import { instanceKey } from './query-keys.ts';
import type { RequestPriority } from './request-budget.ts';

export type StepOrder = 'asc' | 'desc';

export interface GetInstanceOptions {
  /** Step order; the API's default is `asc` (oldest first). */
  order?: StepOrder;
  /** `true` omits the steps and returns `step_count` only. */
  simple?: boolean;
  /** `bulk` for work the user did not ask for one by one (triage's details); interactive by default. */
  priority?: RequestPriority;
}

/** How often a live (not final) instance is re-read. */
export const LIVE_INSTANCE_REFETCH_MS = 5_000;
/** Above this many log entries, a live instance is refetched every LIVE_LARGE_INSTANCE_REFETCH_MS instead. */
const LARGE_LOG_STEPS = 1_000;
export const LIVE_LARGE_INSTANCE_REFETCH_MS = 20_000;

export async function getInstance(
  accountId: string,
  workflowName: string,
  instanceId: string,
  options: GetInstanceOptions = {},
  signal?: AbortSignal,
): Promise<InstanceDetail> {
  const path = `${workflowApiPath(accountId, workflowName)}/instances/${encodeURIComponent(instanceId)}`;
  const response = await apiGet(path, instanceDetailResponseSchema, {
    query: { order: options.order, simple: options.simple ? 'true' : undefined },
    signal,
    priority: options.priority,
  });
  return response.result;
}

export function instanceQueryOptions(
  accountId: string,
  workflowName: string,
  instanceId: string,
  options: GetInstanceOptions = {},
) {
  const order = options.order ?? 'asc';
  const simple = options.simple ?? false;
  return queryOptions({
    queryKey: [...instanceKey(accountId, workflowName, instanceId), { order, simple }] as const,
    queryFn: ({ signal }) => getInstance(accountId, workflowName, instanceId, { order, simple }, signal),
    // Switching the step order keeps showing the same instance until the reordered copy arrives.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[5] === instanceId && previousQuery.queryKey[3] === workflowName
        ? previous
        : undefined,
    // Live instances change under us; final ones never do.
    refetchInterval: (query) => {
      const data = query.state.data;
      if (data === undefined || isFinalStatus(data.status)) return false;
      // A log of thousands of steps is megabytes: poll it less often than a small one.
      return data.steps.length > LARGE_LOG_STEPS ? LIVE_LARGE_INSTANCE_REFETCH_MS : LIVE_INSTANCE_REFETCH_MS;
    },
  });
}

export function useInstance(
  accountId: string,
  workflowName: string,
  instanceId: string,
  options?: GetInstanceOptions,
) {
  return useQuery(instanceQueryOptions(accountId, workflowName, instanceId, options));
}
