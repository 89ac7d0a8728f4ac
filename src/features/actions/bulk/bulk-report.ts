import type { InstanceAction } from '../action-rules.ts';

export type BulkAction = Exclude<InstanceAction, 'sendEvent'>;
export type Outcome = 'done' | 'skipped' | 'failed' | 'pending';

export interface ReportEntry {
  id: string;
  outcome: Outcome;
  /** Why it was skipped, or the API's error. */
  message?: string | undefined;
}

export interface BulkReport {
  action: BulkAction;
  workflowName: string;
  startedAt: string;
  /** 'running' while the tab works on it; a report left 'running' was interrupted (tab closed). */
  state: 'running' | 'finished' | 'cancelled';
  entries: ReportEntry[];
}

/** Kept per workflow, so a closed tab or a reload shows the last run's report again. */
export const reportKey = (accountId: string, workflowName: string) =>
  `bulk-report:${accountId}/${workflowName}`;

export function loadReport(key: string): BulkReport | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as BulkReport) : null;
  } catch {
    return null;
  }
}

export function saveReport(key: string, report: BulkReport | null): void {
  try {
    if (report) localStorage.setItem(key, JSON.stringify(report));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or denied: the report still shows in this tab.
  }
}

export function countOutcomes(entries: readonly ReportEntry[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { done: 0, skipped: 0, failed: 0, pending: 0 };
  for (const entry of entries) counts[entry.outcome]++;
  return counts;
}

/** Records `entry` in place of the pending one for its id. */
export function withEntry(report: BulkReport, entry: ReportEntry): BulkReport {
  return { ...report, entries: report.entries.map((e) => (e.id === entry.id ? entry : e)) };
}

/** The report as CSV (id, outcome, message), for export. */
export function reportCsv(report: BulkReport): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = report.entries.map((e) => [e.id, e.outcome, e.message ?? ''].map(quote).join(','));
  return ['id,outcome,message', ...lines].join('\n');
}
