import { Link } from '@tanstack/react-router';
import type { WorkflowsSort } from '../../lib/url-state/workflows-search.ts';

/**
 * A sortable column header of the workflows list: a link that sorts by its key, highest first, and the other
 * way on a second click.
 */
export function SortHeader({
  label,
  sortKey,
  sort,
  accountId,
  className,
}: {
  label: string;
  sortKey: 'errored' | 'error_rate';
  sort: WorkflowsSort | undefined;
  accountId: string;
  className: string;
}) {
  const active = sort === sortKey || sort === `-${sortKey}`;
  const desc = sort === `-${sortKey}`;
  const next: WorkflowsSort = desc ? sortKey : `-${sortKey}`;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active ? (desc ? 'descending' : 'ascending') : undefined}
    >
      <Link
        to="/$accountId/workflows"
        params={{ accountId }}
        search={(prev) => ({ ...prev, sort: next })}
        className="inline-flex items-center gap-1 rounded hover:text-slate-900 hover:underline"
      >
        {label}
        <span aria-hidden="true">{active ? (desc ? '▼' : '▲') : ''}</span>
      </Link>
    </th>
  );
}
