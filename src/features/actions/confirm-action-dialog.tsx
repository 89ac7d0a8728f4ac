import { useState } from 'react';
import type { StatusChange } from '../../../contract/writes.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { restartPoints, type StepLike } from './restart-from.ts';

export type ConfirmKind = 'terminate' | 'restart' | 'delete';

export interface ConfirmActionDialogProps {
  kind: ConfirmKind;
  instanceId: string;
  steps: readonly StepLike[];
  onConfirm: (change: StatusChange | { status: 'delete' }) => void;
  onClose: () => void;
  /** The step preselected for a restart (its index in `steps`' restart points); the beginning by default. */
  initialFromIndex?: number;
}

const BUTTON =
  'rounded-md px-3 py-1.5 text-sm font-medium focus:outline-none focus:ring-2 focus:ring-sky-500';

/** Says exactly what a destructive action will do before it is sent. */
export function ConfirmActionDialog({
  kind,
  instanceId,
  steps,
  onConfirm,
  onClose,
  initialFromIndex = -1,
}: ConfirmActionDialogProps) {
  const [rollback, setRollback] = useState(false);
  const [fromIndex, setFromIndex] = useState(initialFromIndex);
  const points = restartPoints(steps);
  const from = points[fromIndex]?.from;
  const title =
    kind === 'terminate' ? 'Terminate instance' : kind === 'restart' ? 'Restart instance' : 'Delete instance';
  const confirmLabel = kind === 'terminate' ? 'Terminate' : kind === 'restart' ? 'Restart' : 'Delete';
  const confirm = () => {
    if (kind === 'terminate')
      onConfirm(rollback ? { status: 'terminate', rollback: true } : { status: 'terminate' });
    else if (kind === 'restart') onConfirm(from ? { status: 'restart', from } : { status: 'restart' });
    else onConfirm({ status: 'delete' });
  };
  return (
    <ModalDialog title={title} onClose={onClose}>
      <p className="text-sm text-slate-700" data-testid="confirm-explanation">
        {explain(kind, instanceId, rollback, from ? points[fromIndex]?.label : undefined)}
      </p>
      {kind === 'terminate' ? (
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={rollback} onChange={(e) => setRollback(e.target.checked)} />
          Roll back completed steps first
        </label>
      ) : null}
      {kind === 'restart' ? (
        <label className="flex flex-col gap-1 text-sm text-slate-700">
          Restart from
          <select
            className="rounded-md border border-slate-300 px-2 py-1"
            value={fromIndex}
            onChange={(e) => setFromIndex(Number(e.target.value))}
          >
            <option value={-1}>The beginning</option>
            {points.map((point, index) => (
              <option key={`${point.from.type}:${point.from.name}:${point.from.count}`} value={index}>
                {point.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="flex justify-end gap-2">
        <button
          type="button"
          className={`${BUTTON} border border-slate-300 text-slate-700`}
          onClick={onClose}
        >
          Cancel
        </button>
        <button
          type="button"
          className={`${BUTTON} bg-rose-700 text-white hover:bg-rose-800`}
          onClick={confirm}
        >
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}

function explain(kind: ConfirmKind, id: string, rollback: boolean, from: string | undefined): string {
  switch (kind) {
    case 'terminate':
      return rollback
        ? `Instance ${id} will stop running. First, the compensations of its completed steps that register one run, newest first (status rollingBack); then it is terminated. This cannot be undone.`
        : `Instance ${id} will stop running at once and be terminated, without rolling anything back. This cannot be undone.`;
    case 'restart':
      return from
        ? `Instance ${id} will be aborted if running and run again from step ${from}: the steps before it keep their results, that step and everything after it run again with the same params.`
        : `Instance ${id} will be aborted if running and run again from the beginning with the same params. Its current steps and output are replaced.`;
    case 'delete':
      return `Instance ${id} will be deleted: it is aborted if running, and its history, params and output are gone for good. This cannot be undone.`;
  }
}
