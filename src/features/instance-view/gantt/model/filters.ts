import type { GanttRow, RowKind } from './types.ts';

/** The URL's `kinds`, `only` and `q`: null / empty means "no filter". */
export interface GanttFilters {
  kinds: readonly RowKind[] | null;
  only: 'failed' | 'retried' | null;
  q: string;
}

export const NO_FILTERS: GanttFilters = { kinds: null, only: null, q: '' };

/** Indices into `rows` of the rows the filters keep, in order. */
export function visibleRowIndices(rows: readonly GanttRow[], filters: GanttFilters): Int32Array {
  const kinds = filters.kinds && filters.kinds.length > 0 ? new Set(filters.kinds) : null;
  if (!kinds && !filters.only) {
    const all = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) all[i] = i;
    return all;
  }
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as GanttRow;
    if (kinds && !kinds.has(row.kind)) continue;
    if (filters.only === 'failed' && !row.failed && !row.attemptFailed) continue;
    if (filters.only === 'retried' && !row.retried && !row.retrying) continue;
    out.push(i);
  }
  return Int32Array.from(out);
}

/** Positions (into `visible`) of rows whose name contains `q`, case-insensitively: next/previous match. */
export function searchMatches(rows: readonly GanttRow[], visible: Int32Array, q: string): number[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  const out: number[] = [];
  for (let p = 0; p < visible.length; p++) {
    const row = rows[visible[p] ?? 0];
    if (row?.name.toLowerCase().includes(needle)) out.push(p);
  }
  return out;
}

export type JumpTarget = 'error' | 'retry';

function hits(row: GanttRow, target: JumpTarget): boolean {
  return target === 'error' ? row.failed || row.attemptFailed : row.retried || row.retrying;
}

/** The next visible row after position `from` with an error (or a retry), wrapping around; -1 when none. */
export function nextRowWith(
  rows: readonly GanttRow[],
  visible: Int32Array,
  from: number,
  target: JumpTarget,
): number {
  const n = visible.length;
  for (let k = 1; k <= n; k++) {
    const p = (((from + k) % n) + n) % n;
    const row = rows[visible[p] ?? 0];
    if (row && hits(row, target)) return p;
  }
  return -1;
}
