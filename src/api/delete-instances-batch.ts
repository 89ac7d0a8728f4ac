import { type BatchDeleteResult, batchDeleteResponseSchema } from '../../contract/writes.ts';
import { workflowApiPath } from '../lib/paths.ts';
import { apiWrite } from './client.ts';
import type { RequestPriority } from './request-budget.ts';

/** Deletes up to MAX_BATCH instances in one request; each id is reported deleted or with its error. */
export async function deleteInstancesBatch(
  accountId: string,
  workflowName: string,
  instanceIds: string[],
  options: { priority?: RequestPriority; signal?: AbortSignal } = {},
): Promise<BatchDeleteResult> {
  const response = await apiWrite(
    'POST',
    `${workflowApiPath(accountId, workflowName)}/instances/batch/delete`,
    { instances: instanceIds },
    batchDeleteResponseSchema,
    options,
  );
  return response.result;
}
