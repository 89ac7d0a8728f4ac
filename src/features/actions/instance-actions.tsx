import { useMutationState } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { InstanceDetail } from '../../../contract/instances.ts';
import type { StatusChange } from '../../../contract/writes.ts';
import { statusChangeKey, useChangeInstanceStatus } from '../../api/change-instance-status.ts';
import { useDeleteInstance } from '../../api/delete-instance.ts';
import { type StepOrder, useInstance } from '../../api/get-instance.ts';
import { useMeta } from '../../api/get-meta.ts';
import { useSendEvent } from '../../api/send-event.ts';
import { ACTION_LABELS, disabledReason, type InstanceAction } from './action-rules.ts';
import { ConfirmActionDialog, type ConfirmKind } from './confirm-action-dialog.tsx';
import { RESTART_FROM_STEP } from './restart-from-step.tsx';
import { SendEventDialog } from './send-event-dialog.tsx';
import { WritesOffNote } from './writes-off-note.tsx';

export interface InstanceActionsProps {
  accountId: string;
  workflowName: string;
  instanceId: string;
  /** The step order the instance view reads, so both share one cached copy. */
  order?: StepOrder;
  /** After a delete: where to go, the instance being gone. */
  onDeleted?: () => void;
}

const ORDER: InstanceAction[] = ['pause', 'resume', 'terminate', 'restart', 'sendEvent', 'delete'];
const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * The type of the instance's open wait (the newest unfinished waitForEvent), to prefill Send event. An open
 * wait's `end` is its timeout deadline, so `finished: false` is what says it is still open.
 */
export function openWaitType(instance: InstanceDetail): string {
  for (let k = instance.steps.length - 1; k >= 0; k--) {
    const step = instance.steps[k];
    if (
      step?.type === 'waitForEvent' &&
      'event_type' in step &&
      (step.finished === false || (step.finished == null && !step.end))
    ) {
      return typeof step.event_type === 'string' ? step.event_type : '';
    }
  }
  return '';
}

/** Pause, resume, terminate, restart, send an event to, or delete one instance. */
export function InstanceActions({
  accountId,
  workflowName,
  instanceId,
  order,
  onDeleted,
}: InstanceActionsProps) {
  const ref = { accountId, workflowName, instanceId };
  const meta = useMeta();
  const instance = useInstance(accountId, workflowName, instanceId, { order });
  const change = useChangeInstanceStatus(ref);
  const event = useSendEvent(ref);
  const remove = useDeleteInstance(ref);
  const [open, setOpen] = useState<ConfirmKind | 'sendEvent' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const noteId = useId();
  const fromStep = useMutationState({
    filters: { mutationKey: statusChangeKey(ref, RESTART_FROM_STEP) },
    select: (m) => m.state.data as { status: string } | undefined,
  }).at(-1);
  const writes = meta.data?.writes === true;
  const data = instance.data;
  // Until the server says whether writes are on, nothing is shown rather than a wrong "writes are off".
  if (!data || !meta.data) return null;
  const busy = change.isPending || event.isPending || remove.isPending;
  const error = change.error ?? event.error ?? remove.error;

  const runChange = (next: StatusChange) => {
    setOpen(null);
    setDone(null);
    event.reset();
    remove.reset();
    change.mutate(next, {
      onSuccess: (result) =>
        setDone(`${ACTION_LABELS[next.status]} sent. The API reports the instance ${result.status}.`),
    });
  };
  const onConfirm = (next: StatusChange | { status: 'delete' }) => {
    if (next.status !== 'delete') return runChange(next);
    setOpen(null);
    change.reset();
    remove.mutate(undefined, {
      onSuccess: () => (onDeleted ? onDeleted() : setDone('The instance was deleted.')),
    });
  };
  const click = (action: InstanceAction) => {
    if (action === 'pause' || action === 'resume') runChange({ status: action });
    else setOpen(action);
  };

  return (
    <section
      aria-label="Instance actions"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="flex flex-wrap items-center gap-2">
        {ORDER.map((action) => {
          const reason = writes ? disabledReason(action, data.status) : 'Writes are off on this server.';
          return (
            <button
              key={action}
              type="button"
              className={BUTTON}
              disabled={reason !== null || busy}
              title={reason ?? undefined}
              aria-describedby={writes ? undefined : noteId}
              onClick={() => click(action)}
            >
              {ACTION_LABELS[action]}
            </button>
          );
        })}
      </div>
      <WritesOffNote id={noteId} meta={meta.data} />
      <div role="status" className="text-sm text-slate-700">
        {busy
          ? 'Sending…'
          : (done ?? (fromStep ? `Restart sent. The API reports the instance ${fromStep.status}.` : null))}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error.message}
        </p>
      ) : null}
      {open === 'sendEvent' ? (
        <SendEventDialog
          defaultType={openWaitType(data)}
          onClose={() => setOpen(null)}
          onSend={(input) => {
            setOpen(null);
            setDone(null);
            change.reset();
            event.mutate(input, { onSuccess: () => setDone(`Event ${input.type} sent.`) });
          }}
        />
      ) : open ? (
        <ConfirmActionDialog
          kind={open}
          instanceId={instanceId}
          steps={data.steps}
          onConfirm={onConfirm}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
