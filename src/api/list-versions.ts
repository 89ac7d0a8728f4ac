import { queryOptions, useQuery } from '@tanstack/react-query';
import { type WorkflowVersion, workflowVersionListResponseSchema } from '../../contract/workflows.ts';
import { workflowApiPath } from '../lib/paths.ts';
import { apiGet } from './client.ts';
import { workflowKey } from './query-keys.ts';

const PER_PAGE = 100;
const MAX_PAGES = 20;

/** Every deployed version of a workflow, newest as the API orders them. */
export async function listVersions(
  accountId: string,
  workflowName: string,
  signal?: AbortSignal,
): Promise<WorkflowVersion[]> {
  const all: WorkflowVersion[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await apiGet(
      `${workflowApiPath(accountId, workflowName)}/versions`,
      workflowVersionListResponseSchema,
      {
        query: { per_page: PER_PAGE, page },
        signal,
      },
    );
    all.push(...response.result);
    const totalPages = response.result_info?.total_pages;
    if (response.result.length < PER_PAGE || (totalPages !== undefined && page >= totalPages)) break;
  }
  return all;
}

export function versionsQueryOptions(accountId: string, workflowName: string) {
  return queryOptions({
    queryKey: [...workflowKey(accountId, workflowName), 'versions'] as const,
    queryFn: ({ signal }) => listVersions(accountId, workflowName, signal),
    staleTime: 5 * 60_000,
  });
}

export function useVersions(accountId: string, workflowName: string) {
  return useQuery(versionsQueryOptions(accountId, workflowName));
}
