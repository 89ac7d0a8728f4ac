import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { InstanceActions } from '../../features/actions/instance-actions.tsx';
import { InstanceScreen } from '../../features/instance-view/instance-screen.tsx';
import { parseInstanceSearch, serializeInstanceSearch } from '../../lib/url-state/instance-search.ts';

const route = getRouteApi('/$accountId/workflows/$workflowName/instances/$instanceId');

/** Loaded on demand: the instance screen stays out of the initial bundle, and its Gantt loads later still. */
export function InstancePage() {
  const { accountId, workflowName, instanceId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { view } = useMemo(() => parseInstanceSearch(search), [search]);
  return (
    <div className="space-y-4">
      <InstanceActions
        accountId={accountId}
        workflowName={workflowName}
        instanceId={instanceId}
        order={view.order}
        onDeleted={() =>
          navigate({ to: '/$accountId/workflows/$workflowName', params: { accountId, workflowName } })
        }
      />
      <InstanceScreen
        accountId={accountId}
        workflowName={workflowName}
        instanceId={instanceId}
        view={view}
        onViewChange={(patch, { replace }) =>
          navigate({
            search: (prev) => serializeInstanceSearch({ ...parseInstanceSearch(prev).view, ...patch }),
            replace,
          })
        }
      />
    </div>
  );
}
