import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { errorsSearchCodec, validateErrorsSearch } from '../../lib/url-state/errors-search.ts';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

/** Triage: the errored instances of a range grouped by cause (`?range=24h&group=<id>`). */
export const errorsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows/$workflowName/errors',
  validateSearch: validateErrorsSearch,
  staticData: { searchCodec: errorsSearchCodec },
  component: lazyRouteComponent(() => import('./errors-page.tsx'), 'ErrorsPage'),
  errorComponent: RouteError,
});
