import { createRoute } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state.tsx';
import { RouteError } from '../route-error.tsx';
import { accountRoute } from './account-route.tsx';

/** The triage view (ROADMAP 3) replaces this placeholder. */
export const errorsRoute = createRoute({
  getParentRoute: () => accountRoute,
  path: 'workflows/$workflowName/errors',
  component: ErrorsPage,
  errorComponent: RouteError,
});

function ErrorsPage() {
  const { workflowName } = errorsRoute.useParams();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold text-slate-900">Errors of {workflowName}</h1>
      <EmptyState title="Triage arrives in a later release">
        Errored instances grouped by their cause will appear here.
      </EmptyState>
    </div>
  );
}
