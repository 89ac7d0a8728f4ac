import { createRoute } from '@tanstack/react-router';
import { InstancesPanel } from '../../features/instance-table/instances-panel.tsx';
import { WorkflowHeader } from '../../features/workflows/workflow-header.tsx';
import { validateWorkflowSearch, workflowSearchCodec } from '../../lib/url-state/workflow-search.ts';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';
import { WorkflowChartsSlot } from './workflow-charts-slot.tsx';

export const workflowRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows/$workflowName',
  validateSearch: validateWorkflowSearch,
  staticData: { searchCodec: workflowSearchCodec },
  component: WorkflowPage,
  errorComponent: RouteError,
});

function WorkflowPage() {
  const { accountId, workflowName } = workflowRoute.useParams();
  const search = workflowRoute.useSearch();
  const navigate = workflowRoute.useNavigate();
  return (
    <div className="space-y-6">
      <WorkflowHeader accountId={accountId} workflowName={workflowName} activeStatus={search.status} />
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
