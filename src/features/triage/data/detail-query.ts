import { queryOptions } from '@tanstack/react-query';
import { getInstance } from '../../../api/get-instance.ts';
import { instanceKey } from '../../../api/query-keys.ts';

/**
 * An errored instance's full detail (its steps name the failing one; `simple=true` would not), cached by id
 * and `modified_on`: a finished instance changes only when restarted, which moves `modified_on`, so a
 * cached detail is never fetched again.
 */
export function triageDetailQueryOptions(
  accountId: string,
  workflowName: string,
  instanceId: string,
  modifiedOn: string,
) {
  return queryOptions({
    queryKey: [...instanceKey(accountId, workflowName, instanceId), 'triage-detail', modifiedOn] as const,
    queryFn: ({ signal }) => getInstance(accountId, workflowName, instanceId, { priority: 'bulk' }, signal),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    retry: false,
  });
}
