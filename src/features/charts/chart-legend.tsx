import { CHART_PALETTE, statusStyle } from '../../lib/status-style.ts';

/** The colours of a chart's series, in HTML (readable text, whatever the series colour). */
export function ChartLegend({
  statuses,
  errorRate = false,
}: {
  statuses: readonly string[];
  errorRate?: boolean;
}) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-3 text-[11px] text-slate-700">
      {statuses.map((status) => (
        <li key={status} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className={`size-2 rounded-sm ${statusStyle(status).dot}`} />
          {statusStyle(status).label}
        </li>
      ))}
      {errorRate ? (
        <li className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="h-0.5 w-3"
            style={{ backgroundColor: CHART_PALETTE.errorRate }}
          />
          Error rate (right axis; click a point for its errored instances)
        </li>
      ) : null}
    </ul>
  );
}
