import { Link } from '@tanstack/react-router';
import { formatCount, formatShare } from '../../lib/chart-data/format-chart.ts';
import type { StatusTimeSeries } from '../../lib/chart-data/series-types.ts';
import { statusStyle } from '../../lib/status-style.ts';
import { TABLE } from './chart-card.tsx';
import { bucketLabel, zoneSuffix } from './time-labels.ts';
import { bucketRange, type ViewLinkFor } from './view-link.ts';

/**
 * The over-time chart's numbers: a row per bucket with its counts by status and error rate. A bucket's time
 * links to the table in that range; its errored count to the errored instances that ended in it.
 */
export function OverTimeTable({ series, linkFor }: { series: StatusTimeSeries; linkFor: ViewLinkFor }) {
  return (
    <table className={TABLE.table}>
      <thead>
        <tr>
          <th scope="col" className={TABLE.th}>
            Created{zoneSuffix(series.timeZone)}
          </th>
          {series.statuses.map((status) => (
            <th key={status} scope="col" className={TABLE.thNum}>
              {statusStyle(status).label}
            </th>
          ))}
          <th scope="col" className={TABLE.thNum}>
            Total
          </th>
          <th scope="col" className={TABLE.thNum}>
            Ended
          </th>
          <th scope="col" className={TABLE.thNum}>
            Errored of ended
          </th>
          <th scope="col" className={TABLE.thNum}>
            Error rate
          </th>
        </tr>
      </thead>
      <tbody>
        {series.buckets.map((bucket) => {
          const ended = bucket.ended.complete + bucket.ended.errored + bucket.ended.terminated;
          return (
            <tr key={bucket.start}>
              <th scope="row" className={`${TABLE.td} whitespace-nowrap text-left font-normal`}>
                <Link
                  {...linkFor(bucketRange(bucket.start, bucket.end))}
                  className="underline-offset-2 hover:underline"
                >
                  {bucketLabel(bucket.start, bucket.end, series.step, series.timeZone)}
                </Link>
                {bucket.partial ? <span className="text-amber-800"> (partial)</span> : null}
              </th>
              {series.statuses.map((status) => (
                <td key={status} className={TABLE.tdNum}>
                  {formatCount(bucket.counts[status] ?? 0)}
                </td>
              ))}
              <td className={TABLE.tdNum}>{formatCount(bucket.total)}</td>
              <td className={TABLE.tdNum}>{formatCount(ended)}</td>
              <td className={TABLE.tdNum}>
                {bucket.erroredFrom !== null ? (
                  <Link
                    {...linkFor({ ...bucketRange(bucket.erroredFrom, bucket.end), statuses: ['errored'] })}
                    className="underline underline-offset-2"
                  >
                    {formatCount(bucket.ended.errored)}
                  </Link>
                ) : (
                  formatCount(bucket.ended.errored)
                )}
              </td>
              <td className={TABLE.tdNum}>
                {bucket.errorRate === null ? '—' : formatShare(bucket.errorRate)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
