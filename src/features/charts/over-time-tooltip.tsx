import { formatCount, formatShare } from '../../lib/chart-data/format-chart.ts';
import type { BucketStepId } from '../../lib/chart-data/time-buckets.ts';
import { statusStyle } from '../../lib/status-style.ts';
import type { OverTimeRow } from './over-time-rows.ts';
import { statusKey } from './over-time-rows.ts';
import { bucketLabel, zoneSuffix } from './time-labels.ts';

export interface OverTimeTooltipProps {
  row: OverTimeRow | undefined;
  statuses: readonly string[];
  step: BucketStepId;
  timeZone: string;
}

/** The exact numbers of one bucket: its instances by status, and the error rate with what it divides. */
export function OverTimeTooltip({ row, statuses, step, timeZone }: OverTimeTooltipProps) {
  if (!row) return null;
  return (
    <div className="rounded border border-slate-200 bg-white px-2 py-1.5 text-xs shadow-md tabular-nums">
      <p className="font-medium text-slate-900">
        {bucketLabel(row.start, row.end, step, timeZone)}
        {zoneSuffix(timeZone)}
      </p>
      <p className="text-slate-700">{formatCount(row.total)} created</p>
      <ul>
        {statuses.map((status) =>
          row[statusKey(status)] ? (
            <li key={status} className="flex items-center gap-1.5 text-slate-700">
              <span aria-hidden="true" className={`size-2 rounded-sm ${statusStyle(status).dot}`} />
              {statusStyle(status).label} {formatCount(row[statusKey(status)] ?? 0)}
            </li>
          ) : null,
        )}
      </ul>
      <p className="text-slate-700">
        {row.finished > 0
          ? `Error rate ${formatShare(row.errored / row.finished)}: ${formatCount(row.errored)} errored of ${formatCount(row.finished)} ended`
          : 'Nothing ended in this bucket'}
      </p>
      {row.partial ? (
        <p className="text-amber-800">Partial: part of this bucket is not loaded or still to come</p>
      ) : null}
    </div>
  );
}
