import { backoffText } from '../model/labels.ts';
import type { GanttModel, GanttRow } from '../model/types.ts';
import type { TimeAxis, ViewScale } from '../scale/time-axis.ts';
import { OUTCOME_FILL, PALETTE } from './palette.ts';

export interface ChartFrame {
  model: GanttModel;
  axis: TimeAxis;
  scale: ViewScale;
  /** Indices into model.rows of the rows the filters keep. */
  visible: Int32Array;
  rowHeight: number;
  scrollTop: number;
  height: number;
  selectedRow: number;
  selectedAttempt: number | null;
}

const BAR_INSET = 5;

/**
 * Paints the rows in view (and within them only the bars in the time window) onto a canvas already scaled for the
 * device pixel ratio. Per frame the cost is O(visible rows × their attempts), not O(steps).
 */
export function drawChart(ctx: CanvasRenderingContext2D, f: ChartFrame): void {
  const { scale, rowHeight: rh, height } = f;
  const w = scale.width;
  ctx.fillStyle = PALETTE.background;
  ctx.fillRect(0, 0, w, height);
  drawFolds(ctx, f);
  const first = Math.max(0, Math.floor(f.scrollTop / rh));
  const last = Math.min(f.visible.length - 1, Math.ceil((f.scrollTop + height) / rh));
  const t0 = scale.invert(0);
  const t1 = scale.invert(w);
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (let p = first; p <= last; p++) {
    const index = f.visible[p] ?? 0;
    const row = f.model.rows[index];
    if (!row) continue;
    const y = p * rh - f.scrollTop;
    if (index === f.selectedRow) {
      ctx.fillStyle = PALETTE.selectedRow;
      ctx.fillRect(0, y, w, rh);
    } else if (row.lane === 'rollback') {
      ctx.fillStyle = PALETTE.rollbackLane;
      ctx.fillRect(0, y, w, rh);
    }
    ctx.fillStyle = PALETTE.rowRule;
    ctx.fillRect(0, y + rh - 1, w, 1);
    drawRow(ctx, f, row, y, t0, t1, index === f.selectedRow ? f.selectedAttempt : null);
  }
  drawVertical(ctx, f, f.model.now, PALETTE.now);
}

function drawFolds(ctx: CanvasRenderingContext2D, f: ChartFrame) {
  for (const seg of f.axis.segments) {
    if (!seg.folded) continue;
    const x0 = f.scale.x(seg.t0);
    const x1 = f.scale.x(seg.t1);
    if (x1 < 0 || x0 > f.scale.width) continue;
    ctx.fillStyle = PALETTE.fold;
    ctx.fillRect(x0, 0, x1 - x0, f.height);
    ctx.fillStyle = PALETTE.foldEdge;
    ctx.fillRect(x0, 0, 1, f.height);
    ctx.fillRect(x1 - 1, 0, 1, f.height);
  }
}

function drawVertical(ctx: CanvasRenderingContext2D, f: ChartFrame, t: number | null, color: string) {
  if (t === null) return;
  const x = f.scale.x(t);
  if (x < 0 || x > f.scale.width) return;
  ctx.fillStyle = color;
  ctx.fillRect(Math.round(x), 0, 2, f.height);
}

function span(ctx: CanvasRenderingContext2D, f: ChartFrame, a: number, b: number, y: number, h: number) {
  const x0 = Math.max(-2, f.scale.x(a));
  const x1 = Math.min(f.scale.width + 2, f.scale.x(b));
  ctx.fillRect(x0, y, Math.max(1, x1 - x0), h);
  return [x0, x1] as const;
}

function label(
  ctx: CanvasRenderingContext2D,
  text: string,
  x0: number,
  x1: number,
  y: number,
  color: string,
) {
  const room = x1 - x0 - 6;
  if (room < 24) return;
  ctx.fillStyle = color;
  ctx.fillText(text, Math.max(x0, 0) + 3, y, room);
}

function drawRow(
  ctx: CanvasRenderingContext2D,
  f: ChartFrame,
  row: GanttRow,
  y: number,
  t0: number,
  t1: number,
  selectedAttempt: number | null,
) {
  const rh = f.rowHeight;
  const mid = y + rh / 2;
  const open = f.model.now ?? f.model.extent;
  const barY = y + BAR_INSET;
  const barH = rh - BAR_INSET * 2;
  if (row.kind === 'sleep' || row.kind === 'waitForEvent') {
    const a = row.start ?? 0;
    const b = row.end ?? open;
    if (b < t0 || a > t1) return;
    const timedOut = row.waitResult === 'timedOut';
    ctx.fillStyle = row.kind === 'sleep' ? PALETTE.sleep : timedOut ? PALETTE.waitTimedOut : PALETTE.wait;
    const [x0, x1] = span(ctx, f, a, b, barY + 2, barH - 4);
    const text =
      row.kind === 'sleep'
        ? `sleep ${row.name}`
        : `${row.eventType ?? 'event'}: ${timedOut ? 'timed out' : row.waitResult === 'arrived' ? 'arrived' : row.waitResult}`;
    label(ctx, text, x0, x1, mid, PALETTE.text);
    return;
  }
  if (row.kind === 'termination') {
    const x = f.scale.x(row.markerAt ?? open);
    ctx.fillStyle = PALETTE.termination;
    ctx.beginPath();
    ctx.moveTo(x, y + 3);
    ctx.lineTo(x + 6, mid);
    ctx.lineTo(x, y + rh - 3);
    ctx.lineTo(x - 6, mid);
    ctx.fill();
    // The marker sits at the instance's end, usually the right edge: its words go to the left when they must.
    const text = `terminated (${row.triggerSource ?? 'unknown'})`;
    const w = ctx.measureText(text).width + 6;
    const fits = x + 8 + w <= f.scale.width;
    label(ctx, text, fits ? x + 8 : x - 8 - w - 6, fits ? x + 8 + w + 6 : x - 8, mid, PALETTE.termination);
    return;
  }
  for (const attempt of row.attempts) {
    const end = attempt.end ?? open;
    const backoffEnd = attempt.backoff ? (attempt.backoff.to ?? row.nextAttemptDue ?? open) : end;
    const envelopeEnd = attempt.timeoutAt ?? end;
    if (Math.max(end, backoffEnd, envelopeEnd) < t0 || attempt.start > t1) continue;
    if (attempt.timeoutAt !== undefined && attempt.timeoutAt > end) {
      ctx.strokeStyle = PALETTE.envelope;
      const x0 = f.scale.x(attempt.start);
      const x1 = f.scale.x(attempt.timeoutAt);
      if (x1 - x0 > 3) ctx.strokeRect(x0 + 0.5, y + 2.5, x1 - x0, rh - 5);
    }
    ctx.fillStyle = OUTCOME_FILL[attempt.outcome];
    const [x0, x1] = span(ctx, f, attempt.start, end, barY, barH);
    if (row.lane === 'rollback') {
      ctx.fillStyle = 'rgba(255,255,255,0.35)';
      ctx.fillRect(x0, barY, Math.max(1, x1 - x0), barH / 2);
    }
    if (attempt.timedOut) {
      ctx.fillStyle = PALETTE.timedOut;
      ctx.fillRect(x1 - 2, y + 2, 3, rh - 4);
    }
    if (selectedAttempt === attempt.number) {
      ctx.strokeStyle = PALETTE.selection;
      ctx.lineWidth = 2;
      ctx.strokeRect(x0 - 1, barY - 1, Math.max(2, x1 - x0) + 2, barH + 2);
      ctx.lineWidth = 1;
    }
    if (attempt.backoff) {
      ctx.fillStyle = PALETTE.backoff;
      const [b0, b1] = span(ctx, f, attempt.backoff.from, backoffEnd, mid - 1, 2);
      label(ctx, backoffText(attempt.backoff), b0, b1, mid - 6, PALETTE.muted);
    }
  }
}
