import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { instanceSearchCodec, validateInstanceSearch } from '../../lib/url-state/instance-search.ts';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

export const instanceRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows/$workflowName/instances/$instanceId',
  validateSearch: validateInstanceSearch,
  staticData: { searchCodec: instanceSearchCodec },
  component: lazyRouteComponent(() => import('./instance-page.tsx'), 'InstancePage'),
  errorComponent: RouteError,
});
