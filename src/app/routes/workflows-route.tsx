import { createRoute } from '@tanstack/react-router';
import { WorkflowsScreen } from '../../features/workflows/workflows-screen.tsx';
import { validateWorkflowsSearch, workflowsSearchCodec } from '../../lib/url-state/workflows-search.ts';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

export const workflowsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows',
  validateSearch: validateWorkflowsSearch,
  staticData: { searchCodec: workflowsSearchCodec },
  component: WorkflowsPage,
  errorComponent: RouteError,
});

function WorkflowsPage() {
  const { accountId } = workflowsRoute.useParams();
  const { q, sort } = workflowsRoute.useSearch();
  const navigate = workflowsRoute.useNavigate();
  return (
    <WorkflowsScreen
      accountId={accountId}
      filter={q ?? ''}
      sort={sort}
      onFilterChange={(next) =>
        navigate({ search: (prev) => ({ ...prev, q: next || undefined }), replace: true })
      }
    />
  );
}
