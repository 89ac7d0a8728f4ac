import { useMemo, useRef } from 'react';
import { filterById, type InstanceRow } from '../../../api/instance-list/instance-rows.ts';
import type { SortState } from '../../../lib/url-state/view-state.ts';
import { sortRows } from './sort-rows.ts';

/** The rows the table shows: loaded rows filtered by `q`, then sorted (the API's own order needs no sort). */
export function useDisplayRows(rows: readonly InstanceRow[], q: string, sort: SortState, now: number) {
  // Sorting by duration reads the clock once per sort, not per tick: order stays put while durations grow.
  const nowRef = useRef(now);
  nowRef.current = now;
  const filtered = useMemo(() => filterById(rows, q), [rows, q]);
  return useMemo(() => {
    const newestFirst = sort.column === 'created_on' && sort.desc;
    return newestFirst ? filtered : sortRows(filtered, sort, nowRef.current);
  }, [filtered, sort]);
}
