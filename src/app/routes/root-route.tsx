import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext } from '@tanstack/react-router';
import { AppLayout } from '../layout/app-layout.tsx';
import type { LinkNoticeStore } from '../link-notice-store.ts';
import { NotFound } from '../not-found.tsx';
import { RouteError } from '../route-error.tsx';

export interface RouterContext {
  queryClient: QueryClient;
  linkNotices: LinkNoticeStore;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});
