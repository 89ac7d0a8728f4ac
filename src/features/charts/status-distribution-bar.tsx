import { Link } from '@tanstack/react-router';
import { formatCount, formatShare } from '../../lib/chart-data/format-chart.ts';
import type { StatusDistribution } from '../../lib/chart-data/status-distribution.ts';
import { statusStyle } from '../../lib/status-style.ts';
import { canonicalStatuses } from '../../lib/url-state/view-state.ts';
import type { WorkflowSearch } from '../../lib/url-state/workflow-search.ts';
import { TABLE } from './chart-card.tsx';
import { toggledStatuses } from './status-toggle.ts';

export interface StatusDistributionProps {
  accountId: string;
  workflowName: string;
  distribution: StatusDistribution;
  selected: readonly string[];
  /** The search params of the view filtered to these statuses. */
  searchFor: (statuses: string[]) => WorkflowSearch;
}

function useStatusLink(props: StatusDistributionProps) {
  return (status: string) => ({
    to: '/$accountId/workflows/$workflowName' as const,
    params: { accountId: props.accountId, workflowName: props.workflowName },
    search: props.searchFor(canonicalStatuses(toggledStatuses(props.selected, status))),
  });
}

/**
 * Every status's count and share as one stacked bar and a legend. Each legend entry is a link that filters
 * the table (a second click clears it); the bar's segments are the same links for the mouse.
 */
export function StatusDistributionBar(props: StatusDistributionProps) {
  const { distribution, selected } = props;
  const linkFor = useStatusLink(props);
  const shown = distribution.entries.filter((entry) => entry.count > 0 || selected.includes(entry.status));
  return (
    <div className="flex h-full flex-col justify-center gap-2">
      <div aria-hidden="true" className="flex h-4 w-full overflow-hidden rounded bg-slate-100">
        {shown
          .filter((entry) => entry.count > 0)
          .map((entry) => (
            <Link
              key={entry.status}
              {...linkFor(entry.status)}
              tabIndex={-1}
              title={`${statusStyle(entry.status).label}: ${formatCount(entry.count)} (${formatShare(entry.share)})`}
              style={{ flexGrow: entry.count, backgroundColor: statusStyle(entry.status).color }}
              className={`min-w-0.5 basis-0 hover:brightness-90 ${
                selected.length > 0 && !selected.includes(entry.status) ? 'opacity-40' : ''
              }`}
            />
          ))}
      </div>
      <ul
        aria-label="Statuses of all retained instances"
        className="flex min-h-0 flex-wrap gap-x-1 gap-y-1 overflow-y-auto text-xs"
      >
        {shown.map((entry) => {
          const style = statusStyle(entry.status);
          const active = selected.includes(entry.status);
          return (
            <li key={entry.status}>
              <Link
                {...linkFor(entry.status)}
                aria-current={active ? 'true' : undefined}
                className={`inline-flex items-center gap-1.5 rounded px-1.5 py-0.5 tabular-nums hover:bg-slate-100 ${
                  active ? 'bg-slate-100 ring-1 ring-slate-400' : ''
                }`}
              >
                <span aria-hidden="true" className={`size-2 rounded-sm ${style.dot}`} />
                <span className="text-slate-700">{style.label}</span>{' '}
                <span className="font-semibold text-slate-900">{formatCount(entry.count)}</span>{' '}
                <span className="text-slate-600">{formatShare(entry.share)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The same counts as a table, one column per status (it fits the bar's short card). */
export function StatusDistributionTable({ distribution }: { distribution: StatusDistribution }) {
  return (
    <table className={TABLE.table}>
      <thead>
        <tr>
          <td />
          {distribution.entries.map((entry) => (
            <th key={entry.status} scope="col" className={TABLE.thNum}>
              {statusStyle(entry.status).label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" className={`${TABLE.td} text-left font-medium`}>
            Instances
          </th>
          {distribution.entries.map((entry) => (
            <td key={entry.status} className={TABLE.tdNum}>
              {formatCount(entry.count)}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row" className={`${TABLE.td} text-left font-medium`}>
            Share
          </th>
          {distribution.entries.map((entry) => (
            <td key={entry.status} className={TABLE.tdNum}>
              {formatShare(entry.share)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
