import { createRoute, redirect } from '@tanstack/react-router';
import { metaQueryOptions } from '../../api/get-meta.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { RouteError } from '../route-error.tsx';
import { rootRoute } from './root-route.tsx';

/** `/` opens the first configured account's workflows. */
export const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  loader: async ({ context }) => {
    const meta = await context.queryClient.ensureQueryData(metaQueryOptions());
    const first = meta.accounts[0];
    if (first)
      throw redirect({ to: '/$accountId/workflows', params: { accountId: first.id }, replace: true });
  },
  component: NoAccounts,
  errorComponent: RouteError,
});

function NoAccounts() {
  return (
    <EmptyState title="No accounts configured">
      Set CLOUDFLARE_ACCOUNT_ID (and CLOUDFLARE_API_TOKEN) and restart the dashboard.
    </EmptyState>
  );
}
