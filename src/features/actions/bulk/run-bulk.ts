import { MAX_BATCH } from '../../../../contract/writes.ts';
import { changeInstanceStatus } from '../../../api/change-instance-status.ts';
import { deleteInstance } from '../../../api/delete-instance.ts';
import { deleteInstancesBatch } from '../../../api/delete-instances-batch.ts';
import type { BulkAction, ReportEntry } from './bulk-report.ts';

export interface RunBulkOptions {
  action: BulkAction;
  accountId: string;
  workflowName: string;
  ids: readonly string[];
  signal: AbortSignal;
  /** Called with each id's outcome as it is known. */
  onEntry: (entry: ReportEntry) => void;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Acts on each id in turn inside the request budget's bulk share, so the rest of the app keeps working.
 * Delete goes through the batch endpoint, up to MAX_BATCH ids a request. Stops between requests on abort.
 */
export async function runBulk({ action, accountId, workflowName, ids, signal, onEntry }: RunBulkOptions) {
  const options = { priority: 'bulk', signal } as const;
  const one = async (id: string, request: () => Promise<unknown>) => {
    if (signal.aborted) return;
    try {
      await request();
      onEntry({ id, outcome: 'done' });
    } catch (error) {
      if (!signal.aborted) onEntry({ id, outcome: 'failed', message: errorText(error) });
    }
  };
  if (action !== 'delete') {
    for (const instanceId of ids) {
      await one(instanceId, () =>
        changeInstanceStatus({ accountId, workflowName, instanceId }, { status: action }, options),
      );
    }
    return;
  }
  for (let k = 0; k < ids.length && !signal.aborted; k += MAX_BATCH) {
    const chunk = ids.slice(k, k + MAX_BATCH);
    try {
      const result = await deleteInstancesBatch(accountId, workflowName, chunk, options);
      for (const { id } of result.deleted) onEntry({ id, outcome: 'done' });
      for (const e of result.errors) onEntry({ id: e.id, outcome: 'failed', message: e.message });
    } catch {
      if (signal.aborted) return;
      // No batch endpoint upstream, or it refused the batch as a whole: one request per instance.
      for (const instanceId of chunk) {
        await one(instanceId, () => deleteInstance({ accountId, workflowName, instanceId }, options));
      }
    }
  }
}
