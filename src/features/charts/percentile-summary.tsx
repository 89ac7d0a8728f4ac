import { formatCount, formatDurationShort } from '../../lib/chart-data/format-chart.ts';
import type { PercentileSummary as Summary } from '../../lib/chart-data/percentiles.ts';
import type { DurationSeries } from '../../lib/chart-data/shape-durations.ts';
import { statusStyle } from '../../lib/status-style.ts';

function Percentiles({ summary }: { summary: Summary }) {
  return (
    <>
      <span>p50 {formatDurationShort(summary.p50)}</span> <span>p95 {formatDurationShort(summary.p95)}</span>{' '}
      <span>p99 {formatDurationShort(summary.p99)}</span>
    </>
  );
}

/**
 * The percentiles as text, for every finished instance and per final status, each with the number of
 * instances it is computed from; instances without a duration are counted apart.
 */
export function PercentileSummary({ series }: { series: DurationSeries }) {
  return (
    <dl aria-label="Duration percentiles" className="grid grid-cols-[auto_1fr] gap-x-3 text-xs tabular-nums">
      <div className="contents">
        <dt className="font-medium text-slate-900">All finished ({formatCount(series.overall.count)})</dt>
        <dd data-testid="percentiles-all" className="space-x-2 text-slate-900">
          <Percentiles summary={series.overall} />
        </dd>
      </div>
      {series.statuses.map((status) => {
        const summary = series.byStatus[status];
        return summary ? (
          <div key={status} className="contents">
            <dt className="text-slate-700">
              {statusStyle(status).label} ({formatCount(summary.count)})
            </dt>
            <dd className="space-x-2 text-slate-700">
              <Percentiles summary={summary} />
            </dd>
          </div>
        ) : null;
      })}
      {series.running + series.notStarted > 0 ? (
        <div className="contents">
          <dt className="text-slate-600">Not counted</dt>
          <dd className="text-slate-600">
            {formatCount(series.running)} still running, {formatCount(series.notStarted)} not started (no
            duration yet)
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
