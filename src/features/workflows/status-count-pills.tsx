import { Link } from '@tanstack/react-router';
import type { InstanceCounts } from '../../../contract/workflows.ts';
import { statusStyle } from '../../lib/status-style.ts';
import { formatCount, statusCounts } from './status-counts.ts';

const PILL = 'inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs tabular-nums';

/**
 * Small coloured count pills, one per status ("12 errored" to a screen reader); zeros muted. A non-zero
 * count links to the workflow's instances filtered to that status.
 */
export function StatusCountPills({
  counts,
  accountId,
  workflowName,
}: {
  counts: InstanceCounts;
  accountId: string;
  workflowName: string;
}) {
  return (
    <ul aria-label="Instances by status" className="flex flex-wrap gap-1">
      {statusCounts(counts).map(({ status, count }) => {
        const style = statusStyle(status);
        const muted = count === 0;
        return (
          <li key={status} title={`${style.label}: ${formatCount(count)}`} className="inline-flex">
            {muted ? (
              <span className={`${PILL} text-slate-300`}>
                <span aria-hidden="true" className="size-1.5 rounded-full bg-slate-200" />
                {formatCount(count)}
                <span className="sr-only"> {style.label.toLowerCase()}</span>
              </span>
            ) : (
              <Link
                to="/$accountId/workflows/$workflowName"
                params={{ accountId, workflowName }}
                search={{ status }}
                className={`${PILL} font-medium ring-1 ring-inset hover:brightness-95 ${style.badge}`}
              >
                <span aria-hidden="true" className={`size-1.5 rounded-full ${style.dot}`} />
                {formatCount(count)}
                <span className="sr-only"> {style.label.toLowerCase()}</span>
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
