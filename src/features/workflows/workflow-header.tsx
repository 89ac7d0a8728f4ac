import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useWorkflow } from '../../api/get-workflow.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { StatusCountStrip, StatusCountStripSkeleton } from './status-count-strip.tsx';

export interface WorkflowHeaderProps {
  accountId: string;
  workflowName: string;
  /** The `status` search param as it is (comma-separated), to mark the active filter. */
  activeStatus: string | undefined;
}

/**
 * Name, script/class, last triggered, schedule and the per-status counts strip (one get-workflow request).
 * While it loads, the same layout with placeholders: every line is one line high whatever its text (long
 * values are truncated, with the whole value on hover), so the page below does not move when it arrives.
 */
export function WorkflowHeader({ accountId, workflowName, activeStatus }: WorkflowHeaderProps) {
  const query = useWorkflow(accountId, workflowName);
  if (query.isError) {
    return (
      <ErrorState
        title={`Could not load ${workflowName}`}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const triage = (
    <Link
      to="/$accountId/workflows/$workflowName/errors"
      params={{ accountId, workflowName }}
      className="col-start-2 row-start-1 rounded-md border border-red-200 bg-red-50 px-3 py-1 text-sm font-medium whitespace-nowrap text-red-800 hover:bg-red-100 lg:col-start-3"
    >
      Triage errors
    </Link>
  );
  const workflow = query.data;
  if (!workflow) {
    // The same elements as loaded (the link stays the same node, so a click while it loads still lands).
    return (
      <header className="space-y-4">
        <div className={TITLE_ROW}>
          <p className={NAME}>{workflowName}</p>
          <Details script={<Placeholder />} triggered={<Placeholder />} schedule={<Placeholder />} />
          {triage}
        </div>
        <StatusCountStripSkeleton />
        <span role="status" className="sr-only">
          Loading workflow
        </span>
      </header>
    );
  }
  const script = `${workflow.script_name ?? '—'}${workflow.class_name ? ` · ${workflow.class_name}` : ''}`;
  const crons = (workflow.schedules ?? []).map((s) => s.cron).join(', ');
  return (
    <header className="space-y-4">
      <div className={TITLE_ROW}>
        <h1 className={NAME} title={workflow.name}>
          {workflow.name}
        </h1>
        <Details
          script={<span title={script}>{script}</span>}
          triggered={<RelativeTime value={workflow.triggered_on} />}
          schedule={
            crons ? (
              <span title={crons} className="font-mono text-xs">
                {crons}
              </span>
            ) : (
              <span className="text-slate-500">none</span>
            )
          }
        />
        {triage}
      </div>
      <StatusCountStrip
        accountId={accountId}
        workflowName={workflowName}
        counts={workflow.instances}
        active={new Set(activeStatus?.split(',').filter(Boolean) ?? [])}
      />
    </header>
  );
}

/** Name and "Triage errors" on the first line; the details below them, or between them on wide screens. */
const TITLE_ROW =
  'grid grid-cols-[minmax(0,1fr)_auto] items-baseline gap-x-6 gap-y-1 lg:grid-cols-[minmax(0,max-content)_minmax(0,1fr)_auto]';
const NAME = 'col-start-1 row-start-1 truncate text-xl leading-8 font-semibold text-slate-900';

/** One line each under `sm`, one line together from `sm` (each truncated to fit). */
function Details({ script, triggered, schedule }: Record<'script' | 'triggered' | 'schedule', ReactNode>) {
  const items: [string, ReactNode][] = [
    ['Script', script],
    ['Last triggered', triggered],
    ['Schedule', schedule],
  ];
  return (
    <dl className="col-span-2 row-start-2 flex min-w-0 flex-col gap-x-6 gap-y-1 text-sm text-slate-500 sm:flex-row lg:col-span-1 lg:col-start-2 lg:row-start-1">
      {items.map(([term, value]) => (
        <div key={term} className="flex h-5 min-w-0 items-baseline gap-1.5 leading-5">
          <dt className="shrink-0">{term}</dt>
          <dd className="min-w-0 truncate font-medium text-slate-700">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Placeholder() {
  return <span className="inline-block h-3 w-24 animate-pulse rounded bg-slate-200 align-middle" />;
}
