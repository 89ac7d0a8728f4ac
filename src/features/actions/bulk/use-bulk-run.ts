import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { workflowKey } from '../../../api/query-keys.ts';
import {
  type BulkAction,
  type BulkReport,
  loadReport,
  reportKey,
  saveReport,
  withEntry,
} from './bulk-report.ts';
import { dryRun } from './dry-run.ts';
import { runBulk } from './run-bulk.ts';

/**
 * One bulk run at a time per workflow: its report is written to localStorage as each outcome arrives, so a
 * reload or a closed tab shows it again (a run left 'running' was interrupted there).
 */
export function useBulkRun(accountId: string, workflowName: string) {
  const key = reportKey(accountId, workflowName);
  const queryClient = useQueryClient();
  const [report, setReport] = useState<BulkReport | null>(() => loadReport(key));
  const controller = useRef<AbortController | null>(null);
  const current = useRef(report);
  const commit = useCallback(
    (next: BulkReport | null) => {
      current.current = next;
      saveReport(key, next);
      setReport(next);
    },
    [key],
  );
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (action: BulkAction, items: readonly { id: string; status: string }[]) => {
      const plan = dryRun(action, items);
      const abort = new AbortController();
      controller.current = abort;
      commit({
        action,
        workflowName,
        startedAt: new Date().toISOString(),
        state: 'running',
        entries: [
          ...plan.act.map((id) => ({ id, outcome: 'pending' as const })),
          ...plan.skip.map(({ id, reason }) => ({ id, outcome: 'skipped' as const, message: reason })),
        ],
      });
      await runBulk({
        action,
        accountId,
        workflowName,
        ids: plan.act,
        signal: abort.signal,
        onEntry: (entry) => current.current && commit(withEntry(current.current, entry)),
      });
      if (current.current)
        commit({ ...current.current, state: abort.signal.aborted ? 'cancelled' : 'finished' });
      controller.current = null;
      void queryClient.invalidateQueries({ queryKey: workflowKey(accountId, workflowName) });
    },
    [accountId, workflowName, commit, queryClient],
  );

  return {
    report,
    running: report?.state === 'running' && controller.current !== null,
    start,
    cancel: () => controller.current?.abort(),
    /** Runs the same action again on the failed ones only (the API decides again; nothing is skipped). */
    retryFailures: () => {
      if (!report) return;
      const failed = report.entries
        .filter((e) => e.outcome === 'failed')
        .map((e) => ({ id: e.id, status: '' }));
      void start(report.action, failed);
    },
    dismiss: () => commit(null),
  };
}
