import type { InstanceCounts } from '../../../contract/workflows.ts';
import { STATUS_DISPLAY_ORDER } from '../../lib/status-style.ts';

export interface StatusCount {
  status: string;
  count: number;
}

/** Statuses always shown (zeros muted) so that columns line up row to row; the rest only when non-zero. */
const ALWAYS_SHOWN = new Set(['queued', 'running', 'waiting', 'paused', 'complete', 'errored', 'terminated']);

/** Counts in display order; statuses the dashboard does not know are appended as they are. */
export function statusCounts(counts: InstanceCounts, options: { all?: boolean } = {}): StatusCount[] {
  const known: StatusCount[] = STATUS_DISPLAY_ORDER.map((status) => ({ status, count: counts[status] ?? 0 }));
  const unknown: StatusCount[] = Object.entries(counts)
    .filter(([status]) => !(STATUS_DISPLAY_ORDER as readonly string[]).includes(status))
    .map(([status, count]) => ({ status, count }));
  return [...known, ...unknown].filter(
    ({ status, count }) => options.all || count > 0 || ALWAYS_SHOWN.has(status),
  );
}

export function totalCount(counts: InstanceCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0);
}

export const formatCount = (n: number) => n.toLocaleString('en-US');
