import { createRoute, useRouter, useRouterState } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useMeta } from '../../api/get-meta.ts';
import { workflowQueryOptions } from '../../api/get-workflow.ts';
import { listFilterOf } from '../../api/instance-list/list-filter.ts';
import { instancesInfiniteQueryOptions } from '../../api/instance-list/queries.ts';
import { BulkActions } from '../../features/actions/bulk/bulk-actions.tsx';
import { TriggerInstance } from '../../features/actions/trigger-instance.tsx';
import { InstancesPanel } from '../../features/instance-table/instances-panel.tsx';
import { WorkflowHeader } from '../../features/workflows/workflow-header.tsx';
import { rememberTable } from '../../lib/table-return.ts';
import { parseInstanceView } from '../../lib/url-state/view-state.ts';
import { validateWorkflowSearch, workflowSearchCodec } from '../../lib/url-state/workflow-search.ts';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';
import { WorkflowChartsSlot } from './workflow-charts-slot.tsx';

/** How long entering the page waits for the table's first page before rendering without it. */
const FIRST_PAGE_WAIT_MS = 300;

export const workflowRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows/$workflowName',
  validateSearch: validateWorkflowSearch,
  staticData: { searchCodec: workflowSearchCodec },
  loaderDeps: ({ search }) => ({
    status: search.status,
    range: search.range,
    from: search.from,
    to: search.to,
  }),
  // Starts the header's and the table's first requests as the URL is matched, before the page renders (and
  // before the charts' chunk), and, on entering the page, gives the table's first page a moment to arrive:
  // on loopback it does, and the page's first render has its rows instead of rendering twice. A slower
  // answer is not waited for (the page renders its skeletons); nor is the header's, nor any on a filter
  // change, where the controls must follow the click at once. Not on hover (`preload`): that would spend
  // the request budget on pages never opened.
  loader: async ({ context: { queryClient }, params: { accountId, workflowName }, deps, cause }) => {
    if (cause === 'preload') return;
    void queryClient.prefetchQuery(workflowQueryOptions(accountId, workflowName));
    const { view } = parseInstanceView(deps);
    const firstPage = queryClient.prefetchInfiniteQuery(
      instancesInfiniteQueryOptions(listFilterOf(accountId, workflowName, view)),
    );
    if (cause === 'enter') {
      await Promise.race([firstPage, new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))]);
    }
  },
  component: WorkflowPage,
  errorComponent: RouteError,
});

function WorkflowPage() {
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
