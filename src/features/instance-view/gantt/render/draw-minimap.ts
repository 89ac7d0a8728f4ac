import type { GanttModel } from '../model/types.ts';
import type { TimeAxis } from '../scale/time-axis.ts';
import type { TimeWindow } from '../scale/view-window.ts';
import { OUTCOME_FILL, PALETTE } from './palette.ts';

/** `#rrggbb` as a little-endian RGBA pixel, blended over white at `alpha`. */
function pixel(hex: string, alpha = 1): number {
  const v = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * alpha + 255 * (1 - alpha));
  return (255 << 24) | (mix(v & 255) << 16) | (mix((v >> 8) & 255) << 8) | mix(v >> 16);
}

const FOLD_PIXEL = pixel('#94a3b8', 0.25);
const PASSES = [
  ['succeeded', pixel(OUTCOME_FILL.succeeded)],
  ['running', pixel(OUTCOME_FILL.running)],
  ['unknown', pixel(OUTCOME_FILL.unknown)],
  ['failed', pixel(OUTCOME_FILL.failed)],
] as const;

/**
 * The overview's static layer: every attempt of every row squeezed into the canvas, drawn once per model and
 * fold setting (into an offscreen canvas) and then blitted under the brush on every frame. Written as pixels
 * in one ImageData: tens of thousands of sub-pixel fillRects cost tens of milliseconds, this a few.
 * Failed attempts are written last, so a failure is never hidden under a success.
 */
export function drawOverview(
  ctx: CanvasRenderingContext2D,
  model: GanttModel,
  axis: TimeAxis,
  visible: Int32Array,
): void {
  const W = ctx.canvas.width;
  const H = ctx.canvas.height;
  if (W <= 0 || H <= 0) return;
  const image = ctx.createImageData(W, H);
  const px = new Uint32Array(image.data.buffer);
  px.fill(pixel(PALETTE.background));
  const k = W / Math.max(axis.total, 1);
  const n = Math.max(visible.length, 1);
  const fill = (c0: number, c1: number, y0: number, y1: number, colour: number) => {
    const x0 = Math.max(0, Math.min(W - 1, Math.floor(c0 * k)));
    const x1 = Math.max(x0 + 1, Math.min(W, Math.ceil(c1 * k)));
    for (let y = y0; y < y1; y++) px.fill(colour, y * W + x0, y * W + x1);
  };
  for (const seg of axis.segments) if (seg.folded) fill(seg.c0, seg.c1, 0, H, FOLD_PIXEL);
  const open = model.now ?? model.extent;
  const rowY = (p: number) => Math.min(H - 1, Math.floor((p / n) * H));
  const rowY1 = (p: number, y0: number) => Math.max(y0 + 1, Math.min(H, Math.floor(((p + 1) / n) * H)));
  const sleep = pixel(PALETTE.sleep);
  for (let p = 0; p < visible.length; p++) {
    const row = model.rows[visible[p] ?? 0];
    if (!row || (row.kind !== 'sleep' && row.kind !== 'waitForEvent') || row.start === null) continue;
    const y0 = rowY(p);
    fill(axis.toC(row.start), axis.toC(row.end ?? open), y0, rowY1(p, y0), sleep);
  }
  for (const [outcome, colour] of PASSES) {
    for (let p = 0; p < visible.length; p++) {
      const row = model.rows[visible[p] ?? 0];
      if (!row) continue;
      const y0 = rowY(p);
      const y1 = rowY1(p, y0);
      for (const a of row.attempts)
        if (a.outcome === outcome) fill(axis.toC(a.start), axis.toC(a.end ?? open), y0, y1, colour);
    }
  }
  ctx.putImageData(image, 0, 0);
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
