import { createRoute } from '@tanstack/react-router';
import { WorkflowsScreen } from '../../features/workflows/workflows-screen.tsx';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

export interface WorkflowsSearch {
  /** Name filter. */
  q?: string;
}

export const workflowsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows',
  validateSearch: (raw: Record<string, unknown>): WorkflowsSearch =>
    typeof raw.q === 'string' && raw.q !== '' ? { q: raw.q } : {},
  component: WorkflowsPage,
  errorComponent: RouteError,
});

function WorkflowsPage() {
  const { accountId } = workflowsRoute.useParams();
  const { q } = workflowsRoute.useSearch();
  const navigate = workflowsRoute.useNavigate();
  return (
    <WorkflowsScreen
      accountId={accountId}
      filter={q ?? ''}
      onFilterChange={(next) => navigate({ search: next ? { q: next } : {}, replace: true })}
    />
  );
}
