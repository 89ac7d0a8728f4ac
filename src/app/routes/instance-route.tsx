import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { StepOrder } from '../../api/get-instance.ts';
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
  component: lazyRouteComponent(() => import('./instance-page.tsx'), 'InstancePage'),
  errorComponent: RouteError,
});
