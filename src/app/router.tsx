import type { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { createLinkNoticeStore } from './link-notice-store.ts';
import { accountIndexRoute, accountRoute } from './routes/account-route.tsx';
import { errorsRoute } from './routes/errors-route.tsx';
import { indexRoute } from './routes/index-route.tsx';
import { instanceRoute } from './routes/instance-route.tsx';
import { rootRoute } from './routes/root-route.tsx';
import { workflowRoute } from './routes/workflow-route.tsx';
import { workflowsRoute } from './routes/workflows-route.tsx';
import { parseSearch, stringifySearch } from './search-params.ts';

export const routeTree = rootRoute.addChildren([
  indexRoute,
  accountRoute.addChildren([accountIndexRoute, workflowsRoute, workflowRoute, instanceRoute, errorsRoute]),
]);

export interface AppRouterOptions {
  queryClient: QueryClient;
  /** Browser history by default; tests pass a memory history. */
  history?: RouterHistory;
}

export function createAppRouter({ queryClient, history }: AppRouterOptions) {
  const linkNotices = createLinkNoticeStore();
  const router = createRouter({
    routeTree,
    history,
    context: { queryClient, linkNotices },
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    // Data is cached by TanStack Query; the router's own loader cache only needs to dedupe.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
  linkNotices.watch(router);
  return router;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
