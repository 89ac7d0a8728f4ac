import { useStepOutput } from '../../../api/get-step-output.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import type { GanttRow } from '../gantt/model/types.ts';
import { PayloadViewer } from '../payload/payload-viewer.tsx';

interface Props {
  accountId: string;
  workflowName: string;
  instanceId: string;
  row: GanttRow;
  /** 1-based; null reads the step's latest attempt. */
  attempt: number | null;
}

/** The attempt's output fetched whole from `/step` (the instance log may truncate it), only once selected. */
export function StepOutput({ accountId, workflowName, instanceId, row, attempt }: Props) {
  const type = row.kind === 'waitForEvent' ? 'waitForEvent' : 'step';
  // A step that has not started (queued again after a restart, say) has nothing stored at /step yet.
  const started = row.start !== null;
  const query = useStepOutput(
    accountId,
    workflowName,
    instanceId,
    { name: row.name, type, attempt: type === 'step' ? (attempt ?? undefined) : undefined },
    { enabled: started },
  );
  const title = attempt === null ? 'Step output' : `Output of attempt ${attempt}`;
  if (!started) return <p className="text-sm text-slate-500">No output yet: the step has not started.</p>;
  if (query.isPending)
    return (
      <p className="text-sm text-slate-500" aria-live="polite">
        Loading the output…
      </p>
    );
  if (query.isError)
    return (
      <ErrorState
        title="Could not load the output"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  const result = query.data;
  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">
        From <code>/step</code>: status <span className="font-medium">{result.status}</span>
      </p>
      {result.error ? (
        <PayloadViewer title="Error" value={result.error} fileName={`${row.name}-error`} />
      ) : null}
      <PayloadViewer
        key={`${row.key}:${attempt}`}
        title={title}
        value={result.output}
        sensitive={row.config?.sensitive === 'output'}
        fileName={attempt === null ? row.name : `${row.name}-attempt-${attempt}`}
      />
    </div>
  );
}
