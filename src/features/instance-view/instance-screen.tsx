import { isFinalStatus } from '../../../contract/status.ts';
import { ApiError } from '../../api/client.ts';
import { type StepOrder, useInstance } from '../../api/get-instance.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { JsonBlock } from '../../components/json-block.tsx';
import { SkeletonRows } from '../../components/skeleton.tsx';
import { InstanceHeader } from './instance-header.tsx';
import { InstanceNotFound } from './instance-not-found.tsx';
import { StepList } from './step-list.tsx';

export interface InstanceScreenProps {
  accountId: string;
  workflowName: string;
  instanceId: string;
  order: StepOrder;
  onOrderChange: (next: StepOrder) => void;
}

export function InstanceScreen({
  accountId,
  workflowName,
  instanceId,
  order,
  onOrderChange,
}: InstanceScreenProps) {
  const query = useInstance(accountId, workflowName, instanceId, { order });
  if (query.isPending) return <SkeletonRows label="Loading instance" rows={8} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <InstanceNotFound accountId={accountId} workflowName={workflowName} instanceId={instanceId} />;
    }
    return (
      <ErrorState
        title="Could not load this instance"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const instance = query.data;
  // Re-rendered on every refetch, so running durations advance with the live refresh.
  const now = query.dataUpdatedAt || Date.now();
  return (
    <div className="space-y-4">
      <InstanceHeader
        accountId={accountId}
        workflowName={workflowName}
        instanceId={instanceId}
        instance={instance}
        live={!isFinalStatus(instance.status)}
        now={now}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <JsonBlock title="Params" value={instance.params} />
        <JsonBlock title="Output" value={instance.output} />
      </div>
      {/* The Gantt (ROADMAP 2) mounts here, lazily loaded, above the plain step list. */}
      <StepList
        steps={instance.steps}
        stepCount={instance.step_count}
        order={order}
        onOrderChange={onOrderChange}
        now={now}
      />
    </div>
  );
}
