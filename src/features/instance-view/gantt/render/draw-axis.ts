import type { FoldMarker, Tick } from '../scale/ticks.ts';
import type { ViewScale } from '../scale/time-axis.ts';
import { PALETTE } from './palette.ts';

/** The time axis band above the rows: ticks, their labels and fold markers with the skipped duration. */
export function drawAxis(
  ctx: CanvasRenderingContext2D,
  scale: ViewScale,
  height: number,
  ticks: readonly Tick[],
  folds: readonly FoldMarker[],
): void {
  const w = scale.width;
  ctx.fillStyle = PALETTE.background;
  ctx.fillRect(0, 0, w, height);
  ctx.fillStyle = PALETTE.rowRule;
  ctx.fillRect(0, height - 1, w, 1);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (const fold of folds) {
    const x0 = scale.x(fold.t0);
    const x1 = scale.x(fold.t1);
    ctx.fillStyle = PALETTE.fold;
    ctx.fillRect(x0, 0, x1 - x0, height);
    ctx.fillStyle = PALETTE.muted;
    drawZigzag(ctx, x0, x1, height);
    const text = `⋯ ${fold.label}`;
    const room = x1 - x0 - 4;
    if (room > 20) ctx.fillText(text, x0 + 2, height / 2, room);
  }
  for (const tick of ticks) {
    const x = Math.round(scale.x(tick.t));
    ctx.fillStyle = tick.major ? PALETTE.text : PALETTE.muted;
    ctx.fillRect(x, height - (tick.major ? 10 : 6), 1, tick.major ? 10 : 6);
  }
  // Labels: dated (major) ones first, then the others where they fit; none may overlap another.
  const taken: [number, number][] = [];
  for (const major of [true, false]) {
    ctx.font = major ? 'bold 11px system-ui, sans-serif' : '11px system-ui, sans-serif';
    for (const tick of ticks) {
      if (tick.major !== major) continue;
      const x = Math.round(scale.x(tick.t)) + 3;
      const right = x + ctx.measureText(tick.label).width;
      if (right > w || taken.some(([a, b]) => x < b + LABEL_GAP && right + LABEL_GAP > a)) continue;
      taken.push([x, right]);
      ctx.fillStyle = major ? PALETTE.text : PALETTE.muted;
      ctx.fillText(tick.label, x, height / 2 - 2);
    }
  }
}

/** Minimum px between two axis labels. */
const LABEL_GAP = 8;

function drawZigzag(ctx: CanvasRenderingContext2D, x0: number, x1: number, height: number) {
  const mid = (x0 + x1) / 2;
  ctx.beginPath();
  for (let y = 0; y <= height; y += 4) ctx.lineTo(mid + ((y / 4) % 2 === 0 ? -2 : 2), y);
  ctx.strokeStyle = PALETTE.foldEdge;
  ctx.stroke();
}
