import { type RefObject, useEffect, useRef } from 'react';
import { wheelZoomFactor } from './scale/view-window.ts';

export interface ChartInputHandlers {
  /** factor < 1 zooms in; anchor is 0..1 across the chart. */
  zoom(factor: number, anchor: number): void;
  /** Fraction of the visible width; positive moves later. */
  pan(fraction: number): void;
  /** A drag that started at window `start` has moved `dx` px: pan relative to where it began. */
  drag(phase: 'start' | 'move' | 'end', dx: number): void;
  click(x: number, y: number): void;
  hover(x: number, y: number, clientX: number, clientY: number): void;
  leave(): void;
  key(key: 'zoomIn' | 'zoomOut' | 'left' | 'right' | 'nextError' | 'nextRetry' | 'fit'): void;
}

const KEYS: Record<string, Parameters<ChartInputHandlers['key']>[0]> = {
  w: 'zoomIn',
  s: 'zoomOut',
  a: 'left',
  d: 'right',
  e: 'nextError',
  r: 'nextRetry',
  f: 'fit',
};

const LINE_PX = 16;

/**
 * Profiler-style input. The wheel listener is registered non-passive (React's onWheel is passive, so
 * preventDefault would not stop the page zooming or scrolling sideways): Ctrl/⌘+wheel zooms about the cursor,
 * Shift+wheel or a horizontal wheel pans, a plain vertical wheel is left to scroll the rows. Dragging the
 * chart pans; W/S/A/D, e, r, f work while the chart has focus.
 */
export function useChartInput(
  scrollRef: RefObject<HTMLElement | null>,
  chartRef: RefObject<HTMLElement | null>,
  handlers: ChartInputHandlers,
): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const scroller = scrollRef.current;
    const chart = chartRef.current;
    if (!scroller || !chart) return;
    const h = () => latest.current;
    // A zoom, a pan or a scroll moves other bars under a pointer that stays put: the tooltip would name a
    // step no longer there. It goes, and the next pointer move brings the right one.
    const onLeave = () => h().leave();
    const onWheel = (event: WheelEvent) => {
      h().leave();
      const unit = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? scroller.clientHeight : 1;
      const dx = event.deltaX * unit;
      const dy = event.deltaY * unit;
      const rect = chart.getBoundingClientRect();
      const width = Math.max(rect.width, 1);
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        h().zoom(wheelZoomFactor(dy), Math.min(1, Math.max(0, (event.clientX - rect.left) / width)));
      } else if (event.shiftKey) {
        event.preventDefault();
        h().pan((dy || dx) / width);
      } else if (Math.abs(dx) > Math.abs(dy)) {
        event.preventDefault();
        h().pan(dx / width);
      }
    };
    let down: { x: number; y: number; top: number; moved: boolean; id: number } | null = null;
    const local = (event: PointerEvent) => {
      const rect = chart.getBoundingClientRect();
      return [event.clientX - rect.left, event.clientY - rect.top] as const;
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      down = {
        x: event.clientX,
        y: event.clientY,
        top: scroller.scrollTop,
        moved: false,
        id: event.pointerId,
      };
      chart.setPointerCapture?.(event.pointerId);
    };
    const onMove = (event: PointerEvent) => {
      if (!down) {
        const [x, y] = local(event);
        h().hover(x, y, event.clientX, event.clientY);
        return;
      }
      const dx = event.clientX - down.x;
      const dy = event.clientY - down.y;
      if (!down.moved && Math.hypot(dx, dy) > 3) {
        down.moved = true;
        h().leave();
        h().drag('start', 0);
      }
      if (down.moved) {
        h().drag('move', dx);
        scroller.scrollTop = down.top - dy;
      }
    };
    const onUp = (event: PointerEvent) => {
      if (!down) return;
      const [x, y] = local(event);
      if (down.moved) h().drag('end', event.clientX - down.x);
      else h().click(x, y);
      chart.releasePointerCapture?.(down.id);
      down = null;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      const key = KEYS[event.key.toLowerCase()];
      if (!key) return;
      event.preventDefault();
      h().key(key);
    };
    scroller.addEventListener('wheel', onWheel, { passive: false });
    scroller.addEventListener('keydown', onKey);
    scroller.addEventListener('scroll', onLeave, { passive: true });
    chart.addEventListener('pointerdown', onDown);
    chart.addEventListener('pointermove', onMove);
    chart.addEventListener('pointerup', onUp);
    chart.addEventListener('pointerleave', onLeave);
    return () => {
      scroller.removeEventListener('wheel', onWheel);
      scroller.removeEventListener('keydown', onKey);
      scroller.removeEventListener('scroll', onLeave);
      chart.removeEventListener('pointerdown', onDown);
      chart.removeEventListener('pointermove', onMove);
      chart.removeEventListener('pointerup', onUp);
      chart.removeEventListener('pointerleave', onLeave);
    };
  }, [scrollRef, chartRef]);
}
