import { durationMs, type InstanceRow } from './instance-rows.ts';
import type { ColumnId, SortState } from './view-state.ts';

type NumericKey = (row: InstanceRow, now: number) => number | null;
type TextKey = (row: InstanceRow) => string;

const NUMERIC: Partial<Record<ColumnId, NumericKey>> = {
  created_on: (row) => row.createdMs,
  started_on: (row) => row.startedMs,
  ended_on: (row) => row.endedMs,
  modified_on: (row) => row.modifiedMs,
  duration: durationMs,
};

const TEXT: Partial<Record<ColumnId, TextKey>> = {
  id: (row) => row.id,
  status: (row) => row.status,
  trigger_source: (row) => row.triggerSource,
  version_id: (row) => row.versionId,
};

/**
 * Sorts loaded rows by one column. Stable (ties keep the input's newest-first order, in both directions),
 * empty values last in both directions. Keys are computed once per call into typed arrays, so 50,000 rows
 * sort in a few milliseconds rather than parsing or reading objects inside the comparator.
 */
export function sortRows(rows: readonly InstanceRow[], sort: SortState, now: number): readonly InstanceRow[] {
  const n = rows.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const dir = sort.desc ? -1 : 1;
  const numeric = NUMERIC[sort.column];
  let compare: (a: number, b: number) => number;
  if (numeric) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = numeric(rows[i] as InstanceRow, now) ?? Number.NaN;
    compare = (a, b) => {
      const ka = keys[a] as number;
      const kb = keys[b] as number;
      const aEmpty = Number.isNaN(ka);
      const bEmpty = Number.isNaN(kb);
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a - b : aEmpty ? 1 : -1;
      return ka === kb ? a - b : (ka - kb) * dir;
    };
  } else {
    const text = TEXT[sort.column] ?? ((row: InstanceRow) => row.id);
    const keys = rows.map((row) => text(row));
    compare = (a, b) => {
      const ka = keys[a] as string;
      const kb = keys[b] as string;
      if (ka === '' || kb === '') return ka === kb ? a - b : ka === '' ? 1 : -1;
      if (ka === kb) return a - b;
      return (ka < kb ? -1 : 1) * dir;
    };
  }
  order.sort(compare);
  const out = new Array<InstanceRow>(n);
  for (let i = 0; i < n; i++) out[i] = rows[order[i] as number] as InstanceRow;
  return out;
}
