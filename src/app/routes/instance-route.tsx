import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { instanceQueryOptions } from '../../api/get-instance.ts';
import { instanceSearchCodec, validateInstanceSearch } from '../../lib/url-state/instance-search.ts';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

export const instanceRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows/$workflowName/instances/$instanceId',
  validateSearch: validateInstanceSearch,
  staticData: { searchCodec: instanceSearchCodec },
  loaderDeps: ({ search }) => ({ order: search.order ?? 'asc' }),
  // The instance (megabytes at 10,000 steps) and the Gantt's chunk start loading with the page's own chunk,
  // so none waits for another ("first bars within 1 s"). Not on hover-preload: that would spend rate limit.
  loader: ({ context, params, deps, preload }) => {
    void import('../../features/instance-view/gantt/gantt-view.tsx');
    if (preload) return;
    const { accountId, workflowName, instanceId } = params;
    void context.queryClient.prefetchQuery(
      instanceQueryOptions(accountId, workflowName, instanceId, {
        order: deps.order === 'desc' ? 'desc' : 'asc',
      }),
    );
  },
  // The page waits for the Gantt's chunk too (loaded in parallel, a fraction of the instance's size), so the
  // first render with the instance draws the bars rather than a placeholder.
  component: lazyRouteComponent(
    () => import('./instance-page.tsx').then((page) => page.ganttReady.then(() => page)),
    'InstancePage',
  ),
  errorComponent: RouteError,
});
