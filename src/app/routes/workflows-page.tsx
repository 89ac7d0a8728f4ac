import { getRouteApi } from '@tanstack/react-router';
import { WorkflowsScreen } from '../../features/workflows/workflows-screen.tsx';

const workflowsRoute = getRouteApi('/$accountId/workflows');

/** The account's workflows (loaded on demand, see workflows-route.tsx). */
export function WorkflowsPage() {
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
