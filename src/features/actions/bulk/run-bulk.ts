import { MAX_BATCH } from '../../../../contract/writes.ts';
import { changeInstanceStatus } from '../../../api/change-instance-status.ts';
import { ApiError } from '../../../api/client.ts';
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

/** Requests in flight at once: the request budget still decides when each goes. */
const CONCURRENCY = 4;
/** A 429 is not an outcome: the budget waits out its Retry-After and the write is sent again. */
const RATE_LIMIT_RETRIES = 5;

async function withRetries<T>(request: () => Promise<T>, signal: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const limited = error instanceof ApiError && error.kind === 'rate-limited';
      if (!limited || attempt >= RATE_LIMIT_RETRIES || signal.aborted) throw error;
    }
  }
}

/**
 * Acts on the ids, a few at a time, inside the request budget's bulk share, so the rest of the app keeps
 * working; a rate-limited request waits and goes again rather than failing.
 * Delete goes through the batch endpoint, up to MAX_BATCH ids a request. Stops between requests on abort.
 */
export async function runBulk({ action, accountId, workflowName, ids, signal, onEntry }: RunBulkOptions) {
  const options = { priority: 'bulk', signal } as const;
  const one = async (id: string, request: () => Promise<unknown>) => {
    if (signal.aborted) return;
    try {
      await withRetries(request, signal);
      onEntry({ id, outcome: 'done' });
    } catch (error) {
      if (!signal.aborted) onEntry({ id, outcome: 'failed', message: errorText(error) });
    }
  };
  if (action !== 'delete') {
    let next = 0;
    const worker = async () => {
      while (next < ids.length && !signal.aborted) {
        const instanceId = ids[next++] as string;
        await one(instanceId, () =>
          changeInstanceStatus({ accountId, workflowName, instanceId }, { status: action }, options),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, ids.length) }, worker));
    return;
  }
  for (let k = 0; k < ids.length && !signal.aborted; k += MAX_BATCH) {
    const chunk = ids.slice(k, k + MAX_BATCH);
    try {
      const result = await withRetries(
        () => deleteInstancesBatch(accountId, workflowName, chunk, options),
        signal,
      );
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
