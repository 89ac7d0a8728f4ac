import { useCallback, useRef } from 'react';
import type { InstanceRow } from '../../../api/instance-list/instance-rows.ts';

/**
 * The row checkboxes' clicks: a plain click toggles one row, a shift-click sets every row between the last
 * clicked one and this one (in the displayed order) to this one's new state. Stable, so pooled rows do not
 * re-render for it; the checked set itself lives with the caller.
 */
export function useCheckRange(
  display: readonly InstanceRow[],
  onCheckedChange: ((ids: string[], checked: boolean) => void) | undefined,
) {
  const anchor = useRef<string | null>(null);
  const latest = useRef({ display, onCheckedChange });
  latest.current = { display, onCheckedChange };
  return useCallback((id: string, checked: boolean, shift: boolean) => {
    const { display: rows, onCheckedChange: change } = latest.current;
    if (!change) return;
    const from = shift && anchor.current !== null ? rows.findIndex((row) => row.id === anchor.current) : -1;
    const to = rows.findIndex((row) => row.id === id);
    anchor.current = id;
    if (from < 0 || to < 0) return change([id], checked);
    const [start, end] = from < to ? [from, to] : [to, from];
    change(
      rows.slice(start, end + 1).map((row) => row.id),
      checked,
    );
  }, []);
}
