import { Link } from '@tanstack/react-router';
import { EmptyState } from '../../components/empty-state.tsx';

export function InstanceNotFound({
  accountId,
  workflowName,
  instanceId,
}: {
  accountId: string;
  workflowName: string;
  instanceId: string;
}) {
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold text-slate-900">Instance not found</h1>
      <EmptyState title={`${workflowName} has no instance ${instanceId}`}>
        <p>It may have passed its retention period or been deleted.</p>
        <Link
          to="/$accountId/workflows/$workflowName"
          params={{ accountId, workflowName }}
          className="mt-2 inline-block font-medium text-orange-700 hover:underline"
        >
          Back to {workflowName}
        </Link>
      </EmptyState>
    </div>
  );
}
