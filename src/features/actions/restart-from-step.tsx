import { useState } from 'react';
import { type InstanceRef, useChangeInstanceStatus } from '../../api/change-instance-status.ts';

/** The source of its status changes, whose outcome the action bar shows too (the step may be gone after it). */
export const RESTART_FROM_STEP = 'restart-from-step';

import { useMeta } from '../../api/get-meta.ts';
import { ConfirmActionDialog } from './confirm-action-dialog.tsx';
import { restartFrom } from './restart-from.ts';

export interface RestartFromStepProps extends InstanceRef {
  /** The step as the Gantt's side panel shows it: its kind (`step`, `sleep`, `waitForEvent`, …) and log name. */
  step: { kind: string; name: string };
}

/** "Restart from this step", in the Gantt's side panel: the API's `from` for the step shown there. */
export function RestartFromStep({ step, ...ref }: RestartFromStepProps) {
  const meta = useMeta();
  const change = useChangeInstanceStatus(ref, RESTART_FROM_STEP);
  const [open, setOpen] = useState(false);
  const like = { type: step.kind, name: step.name };
  if (!meta.data?.writes || !restartFrom(like)) return null;
  return (
    <div className="mt-2 space-y-1">
      <button
        type="button"
        className="rounded-md border border-slate-300 px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50"
        disabled={change.isPending}
        onClick={() => setOpen(true)}
      >
        Restart from this step
      </button>
      {change.data ? (
        <p role="status" className="text-xs text-slate-700">
          Restart sent. The API reports the instance {change.data.status}.
        </p>
      ) : null}
      {change.error ? (
        <p role="alert" className="text-xs text-rose-700">
          {change.error.message}
        </p>
      ) : null}
      {open ? (
        <ConfirmActionDialog
          kind="restart"
          instanceId={ref.instanceId}
          steps={[like]}
          initialFromIndex={0}
          onClose={() => setOpen(false)}
          onConfirm={(next) => {
            setOpen(false);
            if (next.status === 'restart') change.mutate(next);
          }}
        />
      ) : null}
    </div>
  );
}
