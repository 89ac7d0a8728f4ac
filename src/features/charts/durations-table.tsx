import { formatCount } from '../../lib/chart-data/format-chart.ts';
import type { DurationSeries } from '../../lib/chart-data/shape-durations.ts';
import { statusStyle } from '../../lib/status-style.ts';
import { TABLE } from './chart-card.tsx';
import { binLabel } from './durations-chart.tsx';

/** The durations histogram's numbers: a row per bin with its instances by final status. */
export function DurationsTable({ series }: { series: DurationSeries }) {
  return (
    <table className={TABLE.table}>
      <thead>
        <tr>
          <th scope="col" className={TABLE.th}>
            Duration
          </th>
          {series.statuses.map((status) => (
            <th key={status} scope="col" className={TABLE.thNum}>
              {statusStyle(status).label}
            </th>
          ))}
          <th scope="col" className={TABLE.thNum}>
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {series.bins.map((bin) => (
          <tr key={bin.from}>
            <th scope="row" className={`${TABLE.td} whitespace-nowrap text-left font-normal`}>
              {binLabel(bin.from, bin.to)}
            </th>
            {series.statuses.map((status) => (
              <td key={status} className={TABLE.tdNum}>
                {formatCount(bin.counts[status] ?? 0)}
              </td>
            ))}
            <td className={TABLE.tdNum}>{formatCount(bin.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
