import { queryOptions } from '@tanstack/react-query';
import type { InstanceSummary } from '../../../../contract/instances.ts';
import { fetchInstancePage } from '../../../api/instance-list/fetch-page.ts';
import { instanceKey } from '../../../api/query-keys.ts';

/** Windows searched around the failed instance, widest last: a busy workflow answers in the first. */
const WINDOWS_MS = [6 * 3_600_000, 7 * 86_400_000];

/**
 * The complete instance of the same workflow version nearest in time to a failed one (list rows carry
 * `version_id`), or null when the windows hold none. One list request per window tried.
 */
export function nearestCompleteQueryOptions(
  accountId: string,
  workflowName: string,
  failed: InstanceSummary,
) {
  return queryOptions({
    queryKey: [
      ...instanceKey(accountId, workflowName, failed.id),
      'nearest-complete',
      failed.version_id,
    ] as const,
    queryFn: async ({ signal }): Promise<InstanceSummary | null> => {
      const at = Date.parse(failed.created_on);
      for (const span of WINDOWS_MS) {
        const page = await fetchInstancePage(
          accountId,
          workflowName,
          {
            status: 'complete',
            dateStart: new Date(at - span).toISOString(),
            dateEnd: new Date(at + span).toISOString(),
          },
          { signal },
        );
        const sameVersion = page.rows.filter((row) => row.version_id === failed.version_id);
        if (sameVersion.length > 0) {
          return sameVersion.reduce((best, row) =>
            Math.abs(Date.parse(row.created_on) - at) < Math.abs(Date.parse(best.created_on) - at)
              ? row
              : best,
          );
        }
      }
      return null;
    },
    staleTime: 5 * 60_000,
  });
}
