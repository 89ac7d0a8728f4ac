import { getRouteApi } from '@tanstack/react-router';
import { useMeta } from '../../api/get-meta.ts';
import { toInstanceRow } from '../../api/instance-list/instance-rows.ts';
import { BulkActions } from '../../features/actions/bulk/bulk-actions.tsx';
import { ROW_HEIGHT } from '../../features/instance-table/table/columns.tsx';
import { InstanceTableView } from '../../features/instance-table/table/instance-table-view.tsx';
import { TriageScreen } from '../../features/triage/triage-screen.tsx';
import { instancePath, workflowPath } from '../../lib/paths.ts';
import { type ErrorsView, parseErrorsView, serializeErrorsView } from '../../lib/url-state/errors-search.ts';
import { DEFAULT_COLUMNS, DEFAULT_SORT } from '../../lib/url-state/view-state.ts';

const errorsRoute = getRouteApi('/$accountId/workflows/$workflowName/errors');

const TABLE_MAX_HEIGHT = 420;

/** Triage (loaded on demand, see errors-route.tsx). */
export function ErrorsPage() {
  const { accountId, workflowName } = errorsRoute.useParams();
  const search = errorsRoute.useSearch();
  const navigate = errorsRoute.useNavigate();
  const view = parseErrorsView(search).view;
  // A group's instances can be acted on together (restart the 37 that failed on an expired key).
  const writes = useMeta().data?.writes === true;
  const errorsPath = `${workflowPath(accountId, workflowName)}/errors`;
  const groupHref = (group: string | null) => {
    const params = new URLSearchParams(serializeErrorsView({ ...view, group }) as Record<string, string>);
    return `${errorsPath}?${params.toString()}`;
  };
  const instanceHref = (id: string, at?: { step: string; attempt: number | null }) => {
    const params = new URLSearchParams();
    if (at?.step) params.set('step', at.step);
    if (at?.attempt) params.set('attempt', String(at.attempt));
    const query = params.toString();
    return `${instancePath(accountId, workflowName, id)}${query ? `?${query}` : ''}`;
  };
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold text-slate-900">Errors of {workflowName}</h1>
        <p className="text-sm text-slate-600">
          Errored instances grouped by cause: the failing step, the error and its message with the varying
          parts marked.{' '}
          <a className="text-sky-800 underline" href={workflowPath(accountId, workflowName)}>
            All instances
          </a>
        </p>
      </header>
      <TriageScreen
        accountId={accountId}
        workflowName={workflowName}
        view={view}
        onViewChange={(next: ErrorsView, options) =>
          navigate({ search: serializeErrorsView(next), replace: options?.replace ?? false })
        }
        groupHref={groupHref}
        onFollow={(href) => navigate({ href })}
        instanceHref={instanceHref}
        renderInstances={(summaries) => (
          <>
            {writes ? (
              <BulkActions
                accountId={accountId}
                workflowName={workflowName}
                items={summaries.map((summary) => ({ id: summary.id, status: summary.status }))}
                describe="in this group"
              />
            ) : null}
            <InstanceTableView
              workflowName={workflowName}
              rows={summaries.map(toInstanceRow)}
              sort={DEFAULT_SORT}
              columns={[...DEFAULT_COLUMNS, 'version_id']}
              tz="local"
              now={Date.now()}
              height={Math.min(TABLE_MAX_HEIGHT, 48 + summaries.length * ROW_HEIGHT)}
              hrefFor={(id) => instancePath(accountId, workflowName, id)}
              onOpen={(instanceId) =>
                navigate({
                  to: '/$accountId/workflows/$workflowName/instances/$instanceId',
                  params: { accountId, workflowName, instanceId },
                })
              }
            />
          </>
        )}
      />
    </div>
  );
}
