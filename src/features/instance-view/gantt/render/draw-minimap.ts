import type { GanttModel } from '../model/types.ts';
import type { TimeAxis } from '../scale/time-axis.ts';
import type { TimeWindow } from '../scale/view-window.ts';
import { OUTCOME_FILL, PALETTE } from './palette.ts';

/**
 * The overview's static layer: every attempt of every row squeezed into `height` px, drawn once per model and
 * fold setting (into an offscreen canvas) and then blitted under the brush on every frame.
 */
export function drawOverview(
  ctx: CanvasRenderingContext2D,
  model: GanttModel,
  axis: TimeAxis,
  visible: Int32Array,
  width: number,
  height: number,
): void {
  ctx.fillStyle = PALETTE.background;
  ctx.fillRect(0, 0, width, height);
  const k = width / Math.max(axis.total, 1);
  const n = Math.max(visible.length, 1);
  const rowH = Math.max(height / n, 1);
  for (const seg of axis.segments) {
    if (!seg.folded) continue;
    ctx.fillStyle = PALETTE.fold;
    ctx.fillRect(seg.c0 * k, 0, Math.max(1, (seg.c1 - seg.c0) * k), height);
  }
  const open = model.now ?? model.extent;
  // Group by colour: canvas state changes dominate at this count (Perfetto draws in a few passes for this).
  for (const outcome of ['succeeded', 'running', 'unknown', 'failed'] as const) {
    ctx.fillStyle = OUTCOME_FILL[outcome];
    for (let p = 0; p < visible.length; p++) {
      const row = model.rows[visible[p] ?? 0];
      if (!row) continue;
      const y = (p / n) * height;
      for (const a of row.attempts) {
        if (a.outcome !== outcome) continue;
        const x0 = axis.toC(a.start) * k;
        const x1 = axis.toC(a.end ?? open) * k;
        ctx.fillRect(x0, y, Math.max(1, x1 - x0), rowH);
      }
    }
  }
  ctx.fillStyle = PALETTE.sleep;
  for (let p = 0; p < visible.length; p++) {
    const row = model.rows[visible[p] ?? 0];
    if (!row || (row.kind !== 'sleep' && row.kind !== 'waitForEvent') || row.start === null) continue;
    const x0 = axis.toC(row.start) * k;
    const x1 = axis.toC(row.end ?? open) * k;
    ctx.fillRect(x0, (p / n) * height, Math.max(1, x1 - x0), rowH);
  }
}

/** Brush rectangle in overview pixels for a window. */
export function brushRect(axis: TimeAxis, window: TimeWindow, width: number): [number, number] {
  const k = width / Math.max(axis.total, 1);
  return [axis.toC(window[0]) * k, axis.toC(window[1]) * k];
}

export function drawBrush(ctx: CanvasRenderingContext2D, x0: number, x1: number, height: number): void {
  ctx.fillStyle = PALETTE.brush;
  ctx.fillRect(x0, 0, Math.max(2, x1 - x0), height);
  ctx.strokeStyle = PALETTE.brushEdge;
  ctx.lineWidth = 1;
  ctx.strokeRect(x0 + 0.5, 0.5, Math.max(2, x1 - x0) - 1, height - 1);
}
