import { type RefObject, useCallback, useEffect, useRef } from 'react';
import type { GanttModel } from './model/types.ts';
import { drawAxis } from './render/draw-axis.ts';
import { drawChart } from './render/draw-chart.ts';
import { brushRect, drawBrush, drawOverview } from './render/draw-minimap.ts';
import { syncPalette } from './render/palette.ts';
import type { TickZone } from './scale/tick-format.ts';
import { axisTicks } from './scale/ticks.ts';
import type { TimeAxis } from './scale/time-axis.ts';
import { viewScale } from './scale/time-axis.ts';
import type { TimeWindow } from './scale/view-window.ts';
import { AXIS_HEIGHT, OVERVIEW_HEIGHT, ROW_HEIGHT } from './selection.ts';

export interface PaintInputs {
  model: GanttModel;
  axis: TimeAxis;
  visible: Int32Array;
  selectedRow: number;
  selectedAttempt: number | null;
  zone: TickZone;
  height: number;
}

export interface PaintRefs {
  scroll: RefObject<HTMLElement | null>;
  chart: RefObject<HTMLCanvasElement | null>;
  axis: RefObject<HTMLCanvasElement | null>;
  overview: RefObject<HTMLCanvasElement | null>;
}

/** The User Timing mark of the first paint with bars in it: when they are drawn into the canvas. */
export const FIRST_BARS_MARK = 'gantt:first-bars';
/**
 * When those bars are on screen: the start of the frame after the one that painted them (a frame begins only
 * once the one before it was handed to the compositor). Its time is the frame's own timestamp: callbacks
 * that run first in that frame (the overview's deferred draw) do not count as holding the bars back.
 */
export const FIRST_BARS_SHOWN_MARK = 'gantt:first-bars-shown';

/** Sizes a canvas for the device pixel ratio (only when it changed) and returns its 2D context in CSS px. */
function context(canvas: HTMLCanvasElement | null, width: number, height: number) {
  if (!canvas || width <= 0 || height <= 0) return null;
  const ratio = globalThis.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const ctx = canvas.getContext('2d');
  ctx?.setTransform(ratio, 0, 0, ratio, 0, 0);
  return ctx;
}

/**
 * Painting outside React: zoom, pan and scroll change only `window` (a ref) and the scroll offset, then paint
 * on the next animation frame; React renders only when the model, filters or selection change.
 */
export function useGanttPaint(
  refs: PaintRefs,
  inputs: PaintInputs,
  windowRef: RefObject<TimeWindow>,
  widthRef: RefObject<number>,
) {
  const latest = useRef(inputs);
  latest.current = inputs;
  const frame = useRef(0);
  const overviewCache = useRef<{ key: unknown[]; canvas: HTMLCanvasElement } | null>(null);
  const barsMarked = useRef(false);
  const overviewDeferred = useRef(false);
  const overviewReady = useRef(false);

  const paint = useCallback(() => {
    frame.current = 0;
    // A theme switch: new colours, and the cached overview drawn in the old ones is dropped.
    if (syncPalette()) overviewCache.current = null;
    const { model, axis, visible, height, zone } = latest.current;
    const width = widthRef.current;
    const window = windowRef.current;
    const scale = viewScale(axis, window, width);
    const chart = context(refs.chart.current, width, height);
    if (chart)
      drawChart(chart, {
        model,
        axis,
        scale,
        visible,
        rowHeight: ROW_HEIGHT,
        scrollTop: refs.scroll.current?.scrollTop ?? 0,
        height,
        selectedRow: latest.current.selectedRow,
        selectedAttempt: latest.current.selectedAttempt,
      });
    if (chart && !barsMarked.current && visible.length > 0) {
      barsMarked.current = true;
      // Read by the bench ("first bars after navigation") and visible in any performance profile.
      performance.mark(FIRST_BARS_MARK, { detail: { rows: visible.length } });
      // Requested before the overview's frame below, so it runs first in each frame.
      requestAnimationFrame(() =>
        requestAnimationFrame((frameStart) =>
          performance.mark(FIRST_BARS_SHOWN_MARK, { startTime: frameStart }),
        ),
      );
    }
    const axisCtx = context(refs.axis.current, width, AXIS_HEIGHT);
    if (axisCtx) {
      const { ticks, folds } = axisTicks(axis, window, width, model.origin, zone);
      drawAxis(axisCtx, scale, AXIS_HEIGHT, ticks, folds);
    }
    if (refs.overview.current && width > 0) {
      const key = [model, axis, visible, width];
      let cached = overviewCache.current;
      if (!cached && !overviewReady.current) {
        // The first paint is for the bars; the overview (every attempt of the log) follows a frame later.
        // Drawing it with them cost the first bars ~25 ms at 10,000 steps. Its canvas, blank until then, is
        // not even sized: a canvas's first backing store and 2D context are part of a paint's cost too.
        if (!overviewDeferred.current) {
          overviewDeferred.current = true;
          requestAnimationFrame(() => {
            overviewReady.current = true;
            if (!frame.current) frame.current = requestAnimationFrame(paint);
          });
        }
        return;
      }
      const overview = context(refs.overview.current, width, OVERVIEW_HEIGHT);
      if (!overview) return;
      if (!cached || cached.key.some((k, i) => k !== key[i])) {
        const canvas = document.createElement('canvas');
        const ctx = context(canvas, width, OVERVIEW_HEIGHT);
        if (ctx) drawOverview(ctx, model, axis, visible);
        cached = { key, canvas };
        overviewCache.current = cached;
      }
      overview.drawImage(cached.canvas, 0, 0, width, OVERVIEW_HEIGHT);
      const [x0, x1] = brushRect(axis, window, width);
      drawBrush(overview, x0, x1, OVERVIEW_HEIGHT);
    }
  }, [refs, windowRef, widthRef]);

  const schedule = useCallback(() => {
    if (!frame.current) frame.current = requestAnimationFrame(paint);
  }, [paint]);

  // The theme is a class on <html>; the canvas repaints when it changes.
  useEffect(() => {
    const observer = new MutationObserver(schedule);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, [schedule]);

  return { paint, schedule };
}
