import { ACTION_LABELS } from '../action-rules.ts';
import { type BulkReport, countOutcomes, reportCsv } from './bulk-report.ts';

/** Shown in full up to this many entries; the export holds them all. */
const SHOWN = 200;
/** What needs the user's eye first: failures, what was not sent, what was done, and last what was skipped. */
const RANK: Record<string, number> = { failed: 0, pending: 1, done: 2, skipped: 3 };

export interface BulkReportViewProps {
  report: BulkReport;
  running: boolean;
  onCancel: () => void;
  onRetry: () => void;
  onDismiss: () => void;
}

function download(report: BulkReport) {
  const blob = new Blob([reportCsv(report)], { type: 'text/csv' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${report.workflowName}-${report.action}-${report.startedAt.replaceAll(':', '-')}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The progress and then the per-instance report of a bulk run: done, skipped with why, failed with the API's error. */
export function BulkReportView({ report, running, onCancel, onRetry, onDismiss }: BulkReportViewProps) {
  const counts = countOutcomes(report.entries);
  const total = counts.done + counts.failed + counts.pending;
  const state =
    report.state === 'running' && !running
      ? 'interrupted (the tab was closed or reloaded): the pending ones were not sent'
      : report.state;
  return (
    <section
      aria-label="Bulk report"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
    >
      <p role="status">
        {ACTION_LABELS[report.action]}, {state}: {counts.done} done, {counts.skipped} skipped, {counts.failed}{' '}
        failed
        {counts.pending > 0 ? `, ${counts.pending} not done` : ''}.
      </p>
      {running ? (
        <div className="flex items-center gap-3">
          <progress aria-label="Bulk progress" max={total} value={counts.done + counts.failed} />
          <button type="button" className="rounded border border-slate-300 px-2 py-0.5" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-0.5"
            onClick={() => download(report)}
          >
            Export report
          </button>
          {counts.failed > 0 ? (
            <button type="button" className="rounded border border-slate-300 px-2 py-0.5" onClick={onRetry}>
              Retry {counts.failed} failed
            </button>
          ) : null}
          <button type="button" className="rounded border border-slate-300 px-2 py-0.5" onClick={onDismiss}>
            Dismiss report
          </button>
        </div>
      )}
      <ul aria-label="Outcomes" className="max-h-48 overflow-auto font-mono text-xs">
        {[...report.entries]
          .sort((a, b) => (RANK[a.outcome] ?? 0) - (RANK[b.outcome] ?? 0))
          .slice(0, SHOWN)
          .map((entry) => (
            <li key={entry.id}>
              {entry.id}: {entry.outcome}
              {entry.message ? ` (${entry.message})` : ''}
            </li>
          ))}
        {report.entries.length > SHOWN ? (
          <li>… and {report.entries.length - SHOWN} more in the export</li>
        ) : null}
      </ul>
    </section>
  );
}
