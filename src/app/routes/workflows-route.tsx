import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { validateWorkflowsSearch, workflowsSearchCodec } from '../../lib/url-state/workflows-search.ts';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

export const workflowsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows',
  validateSearch: validateWorkflowsSearch,
  staticData: { searchCodec: workflowsSearchCodec },
  component: lazyRouteComponent(() => import('./workflows-page.tsx'), 'WorkflowsPage'),
  errorComponent: RouteError,
});
