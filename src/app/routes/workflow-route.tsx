import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { workflowQueryOptions } from '../../api/get-workflow.ts';
import { listFilterOf } from '../../api/instance-list/list-filter.ts';
import { instancesInfiniteQueryOptions } from '../../api/instance-list/queries.ts';
import { parseInstanceView } from '../../lib/url-state/view-state.ts';
import { validateWorkflowSearch, workflowSearchCodec } from '../../lib/url-state/workflow-search.ts';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

/** How long entering the page waits for the table's first page before rendering without it. */
const FIRST_PAGE_WAIT_MS = 300;

export const workflowRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows/$workflowName',
  validateSearch: validateWorkflowSearch,
  staticData: { searchCodec: workflowSearchCodec },
  loaderDeps: ({ search }) => ({
    status: search.status,
    range: search.range,
    from: search.from,
    to: search.to,
  }),
  // Starts the header's and the table's first requests as the URL is matched, before the page renders (and
  // before the charts' chunk), and, on entering the page, gives the table's first page a moment to arrive:
  // on loopback it does, and the page's first render has its rows instead of rendering twice. A slower
  // answer is not waited for (the page renders its skeletons); nor is the header's, nor any on a filter
  // change, where the controls must follow the click at once. Not on hover (`preload`): that would spend
  // the request budget on pages never opened.
  loader: async ({ context: { queryClient }, params: { accountId, workflowName }, deps, cause }) => {
    if (cause === 'preload') return;
    void queryClient.prefetchQuery(workflowQueryOptions(accountId, workflowName));
    const { view } = parseInstanceView(deps);
    const firstPage = queryClient.prefetchInfiniteQuery(
      instancesInfiniteQueryOptions(listFilterOf(accountId, workflowName, view)),
    );
    if (cause === 'enter') {
      await Promise.race([firstPage, new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))]);
    }
  },
  // Its own chunk (the table, the charts' slot, the bulk bar), loaded alongside the loader's requests.
  component: lazyRouteComponent(() => import('./workflow-page.tsx'), 'WorkflowPage'),
  errorComponent: RouteError,
});
