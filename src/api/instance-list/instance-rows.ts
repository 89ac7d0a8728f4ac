import type { InstanceSummary } from '../../../contract/instances.ts';
import { isLiveInstance } from '../../../contract/status.ts';

/**
 * A list-instances row with its times parsed once (epoch ms), so that rendering, sorting and the duration
 * column never parse dates per cell.
 */
export interface InstanceRow {
  id: string;
  /** Lower-cased id, for the `q` filter. */
  idLower: string;
  status: string;
  createdMs: number;
  startedMs: number | null;
  endedMs: number | null;
  modifiedMs: number | null;
  triggerSource: string;
  versionId: string;
  /** Still running or able to run: its duration grows with the clock. */
  live: boolean;
  summary: InstanceSummary;
}

const toMs = (value: string | null | undefined): number | null => {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
};

const cache = new WeakMap<InstanceSummary, InstanceRow>();

export function toInstanceRow(summary: InstanceSummary): InstanceRow {
  const cached = cache.get(summary);
  if (cached) return cached;
  const endedMs = toMs(summary.ended_on);
  const row: InstanceRow = {
    id: summary.id,
    idLower: summary.id.toLowerCase(),
    status: summary.status,
    createdMs: toMs(summary.created_on) ?? 0,
    startedMs: toMs(summary.started_on),
    endedMs,
    modifiedMs: toMs(summary.modified_on),
    triggerSource: summary.trigger_source ?? '',
    versionId: summary.version_id ?? '',
    live: isLiveInstance(summary),
    summary,
  };
  cache.set(summary, row);
  return row;
}

export function toInstanceRows(summaries: readonly InstanceSummary[]): InstanceRow[] {
  return summaries.map(toInstanceRow);
}

/** End (or `now` while open) minus start; null before the instance started. */
export function durationMs(row: InstanceRow, now: number): number | null {
  if (row.startedMs === null) return null;
  return Math.max(0, (row.endedMs ?? now) - row.startedMs);
}

/** Rows whose id contains `q` (case-insensitive); the same array when `q` is empty. */
export function filterById(rows: readonly InstanceRow[], q: string): readonly InstanceRow[] {
  const needle = q.trim().toLowerCase();
  if (needle === '') return rows;
  return rows.filter((row) => row.idLower.includes(needle));
}
