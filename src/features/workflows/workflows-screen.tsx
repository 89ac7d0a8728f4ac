import { useMemo } from 'react';
import { useWorkflows } from '../../api/list-workflows.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { SkeletonRows } from '../../components/skeleton.tsx';
import type { WorkflowsSort } from '../../lib/url-state/workflows-search.ts';
import { sortWorkflows } from './sort-workflows.ts';
import { WorkflowsTable } from './workflows-table.tsx';

export interface WorkflowsScreenProps {
  accountId: string;
  /** The name filter, kept in the URL by the route. */
  filter: string;
  onFilterChange: (next: string) => void;
  /** The order, kept in the URL by the route (`sort=-errored`, `sort=-error_rate`). */
  sort?: WorkflowsSort | undefined;
}

export function WorkflowsScreen({ accountId, filter, onFilterChange, sort }: WorkflowsScreenProps) {
  const query = useWorkflows(accountId);
  const visible = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const all = query.data ?? [];
    return sortWorkflows(needle ? all.filter((w) => w.name.toLowerCase().includes(needle)) : all, sort);
  }, [query.data, filter, sort]);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">Workflows</h1>
          {query.data ? (
            <p className="text-sm text-slate-500 tabular-nums">
              {query.data.length} {query.data.length === 1 ? 'workflow' : 'workflows'}
            </p>
          ) : null}
        </div>
        <input
          type="search"
          aria-label="Filter workflows by name"
          placeholder="Filter by name"
          value={filter}
          onChange={(event) => onFilterChange(event.target.value)}
          className="w-64 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-xs placeholder:text-slate-500 focus:border-orange-400 focus:outline-none focus:ring-2 focus:ring-orange-200"
        />
      </div>
      {query.isPending ? (
        <SkeletonRows label="Loading workflows" rows={6} />
      ) : query.isError ? (
        <ErrorState
          title="Could not load workflows"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : query.data.length === 0 ? (
        <EmptyState title="No workflows in this account yet">
          Deploy one with <code className="font-mono">wrangler deploy</code>.
        </EmptyState>
      ) : visible.length === 0 ? (
        <EmptyState title={`No workflow name contains “${filter.trim()}”`} />
      ) : (
        <WorkflowsTable accountId={accountId} workflows={visible} sort={sort} />
      )}
    </div>
  );
}
