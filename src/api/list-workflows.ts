import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Workflow } from '../../contract/workflows.ts';
import { workflowListResponseSchema } from '../../contract/workflows.ts';
import { apiGet } from './client.ts';
import { accountKey } from './query-keys.ts';

const PER_PAGE = 100;
/** A guard against a server that never reports the last page. */
const MAX_PAGES = 50;

/** Every workflow of the account: list-workflows pages (10 per page by default) walked at 100 per page. */
export async function listWorkflows(accountId: string, signal?: AbortSignal): Promise<Workflow[]> {
  const all: Workflow[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await apiGet(
      `/accounts/${encodeURIComponent(accountId)}/workflows`,
      workflowListResponseSchema,
      {
        query: { per_page: PER_PAGE, page },
        signal,
      },
    );
    all.push(...response.result);
    const info = response.result_info;
    const totalPages = info?.total_pages;
    const done =
      response.result.length < PER_PAGE ||
      (totalPages !== undefined && page >= totalPages) ||
      (info?.total_count !== undefined && all.length >= info.total_count);
    if (done) break;
  }
  return all;
}

export function workflowsQueryOptions(accountId: string) {
  return queryOptions({
    queryKey: [...accountKey(accountId), 'workflows'] as const,
    queryFn: ({ signal }) => listWorkflows(accountId, signal),
  });
}

export function useWorkflows(accountId: string) {
  return useQuery(workflowsQueryOptions(accountId));
}
