import { createRoute } from '@tanstack/react-router';
import type { StepOrder } from '../../api/get-instance.ts';
import { InstanceScreen } from '../../features/instance/instance-screen.tsx';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

export interface InstanceSearch {
  /** Step order; `asc` is the default and is left out of the URL. */
  order?: StepOrder;
}

export function validateInstanceSearch(raw: Record<string, unknown>): InstanceSearch {
  return raw.order === 'desc' ? { order: 'desc' } : {};
}

export const instanceRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows/$workflowName/instances/$instanceId',
  validateSearch: validateInstanceSearch,
  component: InstancePage,
  errorComponent: RouteError,
});

function InstancePage() {
  const { accountId, workflowName, instanceId } = instanceRoute.useParams();
  const { order = 'asc' } = instanceRoute.useSearch();
  const navigate = instanceRoute.useNavigate();
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
