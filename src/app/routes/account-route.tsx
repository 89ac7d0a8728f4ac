import { createRoute, redirect } from '@tanstack/react-router';
import { rootRoute } from './root-route.tsx';

/** `/:accountId`: a layout for the account's pages. */
export const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '$accountId',
});

/** `/:accountId` alone opens the account's workflows. */
export const accountIndexRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: '/',
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/$accountId/workflows', params, replace: true });
  },
});
