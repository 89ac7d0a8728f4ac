import { Link } from '@tanstack/react-router';
import { useWorkflow } from '../../api/get-workflow.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { SkeletonRows } from '../../components/skeleton.tsx';
import { statusStyle } from '../../lib/status-style.ts';
import { formatCount, statusCounts, totalCount } from './status-counts.ts';

export interface WorkflowHeaderProps {
  accountId: string;
  workflowName: string;
  /** The `status` search param as it is (comma-separated), to mark the active filter. */
  activeStatus: string | undefined;
}

/** Name, script/class, last triggered and the per-status counts strip (one get-workflow request). */
export function WorkflowHeader({ accountId, workflowName, activeStatus }: WorkflowHeaderProps) {
  const query = useWorkflow(accountId, workflowName);
  const active = new Set(activeStatus?.split(',').filter(Boolean) ?? []);
  if (query.isPending) return <SkeletonRows label="Loading workflow" rows={2} />;
  if (query.isError) {
    return (
      <ErrorState
        title={`Could not load ${workflowName}`}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const workflow = query.data;
  const schedules = workflow.schedules ?? [];
  return (
    <header className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-1">
        <h1 className="text-xl font-semibold text-slate-900">{workflow.name}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-500">
          <div className="flex gap-1.5">
            <dt>Script</dt>
            <dd className="font-medium text-slate-700">
              {workflow.script_name ?? '—'}
              {workflow.class_name ? <span className="text-slate-500"> · {workflow.class_name}</span> : null}
            </dd>
          </div>
          <div className="flex gap-1.5">
            <dt>Last triggered</dt>
            <dd className="text-slate-700">
              <RelativeTime value={workflow.triggered_on} />
            </dd>
          </div>
          {schedules.length > 0 ? (
            <div className="flex gap-1.5">
              <dt>Schedule</dt>
              <dd className="font-mono text-xs leading-5 text-slate-700">
                {schedules.map((s) => s.cron).join(', ')}
              </dd>
            </div>
          ) : null}
        </dl>
        <Link
          to="/$accountId/workflows/$workflowName/errors"
          params={{ accountId, workflowName }}
          className="ml-auto rounded-md border border-red-200 bg-red-50 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-100"
        >
          Triage errors
        </Link>
      </div>
      <nav aria-label="Instance counts by status">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              to="/$accountId/workflows/$workflowName"
              params={{ accountId, workflowName }}
              search={(prev) => ({ ...prev, status: undefined })}
              aria-current={active.size === 0 ? 'true' : undefined}
              className={`flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${
                active.size === 0
                  ? 'border-slate-400 bg-white shadow-xs'
                  : 'border-slate-200 bg-white/60 hover:bg-white'
              }`}
            >
              <span className="text-slate-500">All</span>
              <span className="font-semibold tabular-nums">
                {formatCount(totalCount(workflow.instances))}
              </span>
            </Link>
          </li>
          {statusCounts(workflow.instances).map(({ status, count }) => {
            const style = statusStyle(status);
            const isActive = active.has(status);
            return (
              <li key={status}>
                <Link
                  to="/$accountId/workflows/$workflowName"
                  params={{ accountId, workflowName }}
                  search={(prev) => ({ ...prev, status })}
                  aria-current={isActive ? 'true' : undefined}
                  className={`flex items-center gap-2 rounded-md border px-3 py-1.5 text-sm ${
                    isActive
                      ? 'border-slate-400 bg-white shadow-xs'
                      : 'border-slate-200 bg-white/60 hover:bg-white'
                  } ${count === 0 ? 'text-slate-500' : ''}`}
                >
                  <span
                    aria-hidden="true"
                    className={`size-2 rounded-full ${count === 0 ? 'bg-slate-200' : style.dot}`}
                  />
                  {/* Named by what it shows ("Errored 84"); the space is for the name, flex drops it. */}
                  <span className={count === 0 ? '' : 'text-slate-600'}>{style.label}</span>{' '}
                  <span className={`font-semibold tabular-nums ${count === 0 ? '' : style.text}`}>
                    {formatCount(count)}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
