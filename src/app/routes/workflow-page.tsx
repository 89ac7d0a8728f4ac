import { getRouteApi, useRouter, useRouterState } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useMeta } from '../../api/get-meta.ts';
import { BulkActions } from '../../features/actions/bulk/bulk-actions.tsx';
import { TriggerInstance } from '../../features/actions/trigger-instance.tsx';
import { InstancesPanel } from '../../features/instance-table/instances-panel.tsx';
import { WorkflowHeader } from '../../features/workflows/workflow-header.tsx';
import { rememberTable } from '../../lib/table-return.ts';
import { WorkflowChartsSlot } from './workflow-charts-slot.tsx';

const workflowRoute = getRouteApi('/$accountId/workflows/$workflowName');

/** A workflow's page: its header, charts and instance table (loaded on demand, see workflow-route.tsx). */
export function WorkflowPage() {
  const { accountId, workflowName } = workflowRoute.useParams();
  const search = workflowRoute.useSearch();
  const navigate = workflowRoute.useNavigate();
  useRememberTable(accountId, workflowName);
  const checks = useCheckedIds(`${accountId}/${workflowName}`);
  // Rows are checked only to act on them: with writes off there is no checkbox column and no bulk bar.
  const writes = useMeta().data?.writes === true;
  return (
    <div className="space-y-6">
      <WorkflowHeader accountId={accountId} workflowName={workflowName} activeStatus={search.status} />
      <TriggerInstance accountId={accountId} workflowName={workflowName} />
      <WorkflowChartsSlot
        accountId={accountId}
        workflowName={workflowName}
        search={search}
        onSearchChange={(next, options) => navigate({ search: next, replace: options?.replace ?? false })}
      />
      <InstancesPanel
        accountId={accountId}
        workflowName={workflowName}
        search={search}
        onSearchChange={(next, options) => navigate({ search: next, replace: options?.replace ?? false })}
        checked={writes ? checks.checked : undefined}
        onCheckedChange={writes ? checks.change : undefined}
        renderBulk={
          writes
            ? (rows) => (
                <BulkActions
                  accountId={accountId}
                  workflowName={workflowName}
                  items={rows}
                  onStarted={() => checks.change([...checks.checked], false)}
                />
              )
            : undefined
        }
        onOpenInstance={(instanceId) =>
          navigate({
            to: '/$accountId/workflows/$workflowName/instances/$instanceId',
            params: { accountId, workflowName, instanceId },
          })
        }
      />
    </div>
  );
}

/**
 * The table's checked rows for bulk actions. Kept here rather than in the URL: thousands of ids do not fit
 * in one, and a selection is a step on the way to an action, not a view to share. Cleared with the workflow.
 */
function useCheckedIds(scope: string) {
  const [state, setState] = useState({ scope, checked: new Set<string>() as ReadonlySet<string> });
  const checked = state.scope === scope ? state.checked : new Set<string>();
  const change = useCallback(
    (ids: string[], on: boolean) =>
      setState((prev) => {
        const next = new Set(prev.scope === scope ? prev.checked : []);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return { scope, checked: next };
      }),
    [scope],
  );
  return { checked, change };
}

/** The instance view's way back returns to this table as it was left (src/lib/table-return.ts). */
function useRememberTable(accountId: string, workflowName: string) {
  const router = useRouter();
  // While leaving, this page still renders once with the next location: remember only the table's own.
  const tablePath = `/${encodeURIComponent(accountId)}/workflows/${encodeURIComponent(workflowName)}`;
  const href = useRouterState({
    select: (state) => (state.location.pathname === tablePath ? state.location.href : null),
  });
  useEffect(() => {
    if (href === null) return;
    const index = (router.history.location.state as { __TSR_index?: unknown }).__TSR_index;
    rememberTable(accountId, workflowName, { href, index: typeof index === 'number' ? index : null });
  }, [router, accountId, workflowName, href]);
}
