import type { InstanceCounts } from '../../../contract/workflows.ts';
import { statusStyle } from '../../lib/status-style.ts';
import { formatCount, statusCounts } from './status-counts.ts';

/** Small coloured count pills, one per status ("12 errored" to a screen reader); zeros muted. */
export function StatusCountPills({ counts }: { counts: InstanceCounts }) {
  return (
    <ul aria-label="Instances by status" className="flex flex-wrap gap-1">
      {statusCounts(counts).map(({ status, count }) => {
        const style = statusStyle(status);
        const muted = count === 0;
        return (
          <li
            key={status}
            title={`${style.label}: ${formatCount(count)}`}
            className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs tabular-nums ${
              muted ? 'text-slate-300' : `font-medium ring-1 ring-inset ${style.badge}`
            }`}
          >
            <span
              aria-hidden="true"
              className={`size-1.5 rounded-full ${muted ? 'bg-slate-200' : style.dot}`}
            />
            {formatCount(count)}
            <span className="sr-only"> {style.label.toLowerCase()}</span>
          </li>
        );
      })}
    </ul>
  );
}
