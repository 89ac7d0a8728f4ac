import type { GanttModel } from '../model/types.ts';
import type { ViewScale } from '../scale/time-axis.ts';

export interface Hit {
  /** Index into model.rows. */
  row: number;
  /** 1-based attempt, or null for the step itself (sleeps, waits, or between bars). */
  attempt: number | null;
}

/** What a click at chart pixel (x, y) lands on; attempts within `slopPx` of the pointer count. */
export function hitTest(
  model: GanttModel,
  visible: Int32Array,
  rowHeight: number,
  scrollTop: number,
  scale: ViewScale,
  x: number,
  y: number,
  slopPx = 3,
): Hit | null {
  const p = Math.floor((y + scrollTop) / rowHeight);
  const index = visible[p];
  if (index === undefined) return null;
  const row = model.rows[index];
  if (!row) return null;
  const t = scale.invert(x);
  const slop = Math.abs(scale.invert(x + slopPx) - t);
  const open = model.now ?? model.extent;
  for (const attempt of row.attempts) {
    const end = attempt.end ?? open;
    if (t >= attempt.start - slop && t <= end + slop) return { row: index, attempt: attempt.number };
  }
  return { row: index, attempt: null };
}
