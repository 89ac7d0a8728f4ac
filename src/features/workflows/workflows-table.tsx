import { Link } from '@tanstack/react-router';
import type { Workflow } from '../../../contract/workflows.ts';
import { RelativeTime } from '../../components/relative-time.tsx';
import { formatShare } from '../../lib/chart-data/format-chart.ts';
import { errorRateOf } from '../../lib/chart-data/status-distribution.ts';
import type { WorkflowsSort } from '../../lib/url-state/workflows-search.ts';
import { SortHeader } from './sort-header.tsx';
import { StatusCountPills } from './status-count-pills.tsx';
import { formatCount, totalCount } from './status-counts.ts';
import { WorkflowStatusBar } from './workflow-status-bar.tsx';

export interface WorkflowsTableProps {
  accountId: string;
  workflows: Workflow[];
  sort?: WorkflowsSort | undefined;
}

const th = 'px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500';
const td = 'px-3 py-2 align-middle';

export function WorkflowsTable({ accountId, workflows, sort }: WorkflowsTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table aria-label="Workflows" className="w-full text-sm">
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Name
            </th>
            <th scope="col" className={th}>
              Instances by status
            </th>
            <th scope="col" className={`${th} text-right`}>
              Total
            </th>
            <SortHeader
              label="Errored"
              sortKey="errored"
              sort={sort}
              accountId={accountId}
              className={`${th} text-right`}
            />
            <SortHeader
              label="Error rate"
              sortKey="error_rate"
              sort={sort}
              accountId={accountId}
              className={`${th} text-right`}
            />
            <th scope="col" className={th}>
              Last triggered
            </th>
            <th scope="col" className={th}>
              Schedule
            </th>
            <th scope="col" className={th}>
              Script
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {workflows.map((workflow) => (
            <tr key={workflow.id ?? workflow.name} className="hover:bg-slate-50">
              <th scope="row" className={`${td} text-left font-medium`}>
                <Link
                  to="/$accountId/workflows/$workflowName"
                  params={{ accountId, workflowName: workflow.name }}
                  className="rounded text-slate-900 hover:text-orange-700 hover:underline"
                >
                  {workflow.name}
                </Link>
              </th>
              <td className={`${td} space-y-1`}>
                <WorkflowStatusBar counts={workflow.instances} />
                <StatusCountPills
                  counts={workflow.instances}
                  accountId={accountId}
                  workflowName={workflow.name}
                />
              </td>
              <td className={`${td} text-right font-medium tabular-nums`}>
                {formatCount(totalCount(workflow.instances))}
              </td>
              <td className={`${td} text-right tabular-nums`}>
                {formatCount(workflow.instances.errored ?? 0)}
              </td>
              <td className={`${td} text-right tabular-nums`}>{errorRateOrDash(workflow.instances)}</td>
              <td className={`${td} whitespace-nowrap text-slate-600`}>
                <RelativeTime value={workflow.triggered_on} />
              </td>
              <td className={`${td} font-mono text-xs text-slate-600`}>
                {workflow.schedules?.length ? workflow.schedules.map((s) => s.cron).join(', ') : '—'}
              </td>
              <td className={`${td} text-slate-600`}>
                {workflow.script_name ?? '—'}
                {workflow.class_name ? (
                  <span className="text-slate-500"> · {workflow.class_name}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function errorRateOrDash(counts: Record<string, number>): string {
  const rate = errorRateOf(counts);
  return rate === null ? '—' : formatShare(rate);
}
