import { durationMs, type InstanceRow } from '../../../api/instance-list/instance-rows.ts';
import type { ColumnId, SortState } from '../../../lib/url-state/view-state.ts';

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
  const keys = new Float64Array(n);
  const numeric = NUMERIC[sort.column];
  if (numeric) {
    for (let i = 0; i < n; i++) keys[i] = numeric(rows[i] as InstanceRow, now) ?? Number.NaN;
  } else {
    // Text becomes its rank among the distinct values (native string sort, code-unit order), so the
    // comparator below only ever compares numbers.
    const text = TEXT[sort.column] ?? ((row: InstanceRow) => row.id);
    const values = rows.map(text);
    const distinct = [...new Set(values)].sort();
    const rank = new Map<string, number>();
    for (let i = 0; i < distinct.length; i++) rank.set(distinct[i] as string, i);
    for (let i = 0; i < n; i++) {
      const value = values[i] as string;
      keys[i] = value === '' ? Number.NaN : (rank.get(value) as number);
    }
  }
  const compare = (a: number, b: number) => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    const aEmpty = Number.isNaN(ka);
    const bEmpty = Number.isNaN(kb);
    if (aEmpty || bEmpty) return aEmpty === bEmpty ? a - b : aEmpty ? 1 : -1;
    return ka === kb ? a - b : (ka - kb) * dir;
  };
  order.sort(compare);
  const out = new Array<InstanceRow>(n);
  for (let i = 0; i < n; i++) out[i] = rows[order[i] as number] as InstanceRow;
  return out;
}
