import { getRouteApi } from '@tanstack/react-router';
import { InstanceScreen } from '../../features/instance-view/instance-screen.tsx';

const route = getRouteApi('/$accountId/workflows/$workflowName/instances/$instanceId');

/** Loaded on demand: the instance screen (and later its Gantt) stays out of the initial bundle. */
export function InstancePage() {
  const { accountId, workflowName, instanceId } = route.useParams();
  const { order = 'asc' } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <InstanceScreen
      accountId={accountId}
      workflowName={workflowName}
      instanceId={instanceId}
      order={order}
      onOrderChange={(next) =>
        navigate({ search: (prev) => ({ ...prev, order: next === 'asc' ? undefined : next }) })
      }
    />
  );
}
