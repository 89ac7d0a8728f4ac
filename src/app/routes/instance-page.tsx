import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { InstanceActions } from '../../features/actions/instance-actions.tsx';
import { RestartFromStep } from '../../features/actions/restart-from-step.tsx';
import { ganttReady, InstanceScreen } from '../../features/instance-view/instance-screen.tsx';
import { parseInstanceSearch, serializeInstanceSearch } from '../../lib/url-state/instance-search.ts';

const route = getRouteApi('/$accountId/workflows/$workflowName/instances/$instanceId');

/** Settles once the Gantt's chunk is evaluated: the route renders the page then. */
export { ganttReady };

/** Loaded on demand: the instance screen stays out of the initial bundle, and its Gantt loads later still. */
export function InstancePage() {
  const { accountId, workflowName, instanceId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { view } = useMemo(() => parseInstanceSearch(search), [search]);
  const ref = { accountId, workflowName, instanceId };
  return (
    <InstanceScreen
      {...ref}
      view={view}
      onViewChange={(patch, { replace }) =>
        navigate({
          search: (prev) => serializeInstanceSearch({ ...parseInstanceSearch(prev).view, ...patch }),
          replace,
        })
      }
      actions={
        <InstanceActions
          {...ref}
          order={view.order}
          onDeleted={() =>
            navigate({ to: '/$accountId/workflows/$workflowName', params: { accountId, workflowName } })
          }
        />
      }
      stepActions={(step) => <RestartFromStep {...ref} step={step} />}
    />
  );
}
