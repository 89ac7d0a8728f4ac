import { useId, useState } from 'react';
import { useMeta } from '../../../api/get-meta.ts';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { ACTION_LABELS } from '../action-rules.ts';
import { WritesOffNote } from '../writes-off-note.tsx';
import type { BulkAction } from './bulk-report.ts';
import { BulkReportView } from './bulk-report-view.tsx';
import { dryRun } from './dry-run.ts';
import { useBulkRun } from './use-bulk-run.ts';

export interface BulkActionsProps {
  accountId: string;
  workflowName: string;
  /** The checked instances with the status the table last read (the API decides in the end). */
  items: readonly { id: string; status: string }[];
  /** After a run starts: clear the selection. */
  onStarted?: () => void;
  /** What the items are, after their count ("selected" in the table, "in this group" in triage). */
  describe?: string;
}

const ACTIONS: BulkAction[] = ['pause', 'resume', 'terminate', 'restart', 'delete'];
const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-50';

/** Pause, resume, terminate, restart or delete the checked instances: a dry run, then progress, then a report. */
export function BulkActions({
  accountId,
  workflowName,
  items,
  onStarted,
  describe = 'selected',
}: BulkActionsProps) {
  const meta = useMeta();
  const bulk = useBulkRun(accountId, workflowName);
  const [asked, setAsked] = useState<BulkAction | null>(null);
  const noteId = useId();
  const writes = meta.data?.writes === true;
  const plan = asked ? dryRun(asked, items) : null;
  return (
    <div className="space-y-2">
      {items.length > 0 ? (
        <section
          aria-label="Bulk actions"
          className="flex flex-wrap items-center gap-2 rounded-lg bg-slate-50 p-2"
        >
          <span className="text-sm text-slate-700">
            {items.length.toLocaleString('en-US')} {describe}
          </span>
          {ACTIONS.map((action) => (
            <button
              key={action}
              type="button"
              className={BUTTON}
              disabled={!writes || bulk.running}
              aria-describedby={writes ? undefined : noteId}
              onClick={() => setAsked(action)}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
          <WritesOffNote id={noteId} meta={meta.data} />
        </section>
      ) : null}
      {bulk.report ? (
        <BulkReportView
          report={bulk.report}
          running={bulk.running}
          onCancel={bulk.cancel}
          onRetry={bulk.retryFailures}
          onDismiss={bulk.dismiss}
        />
      ) : null}
      {asked && plan ? (
        <ModalDialog
          title={`${ACTION_LABELS[asked]} ${items.length.toLocaleString('en-US')} ${items.length === 1 ? 'instance' : 'instances'}`}
          onClose={() => setAsked(null)}
        >
          <p className="text-sm text-slate-700">{plan.summary}.</p>
          {asked === 'delete' || asked === 'terminate' || asked === 'restart' ? (
            <p className="text-sm text-slate-700">This cannot be undone.</p>
          ) : null}
          <div className="flex justify-end gap-2">
            <button type="button" className={BUTTON} onClick={() => setAsked(null)}>
              Cancel
            </button>
            <button
              type="button"
              className="rounded-md bg-rose-700 px-3 py-1 text-sm font-medium text-white disabled:opacity-50"
              disabled={plan.act.length === 0}
              onClick={() => {
                setAsked(null);
                onStarted?.();
                void bulk.start(asked, items);
              }}
            >
              {ACTION_LABELS[asked]} {plan.act.length.toLocaleString('en-US')}
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </div>
  );
}
