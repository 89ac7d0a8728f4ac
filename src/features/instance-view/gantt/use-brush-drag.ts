import { type RefObject, useEffect, useRef } from 'react';
import type { TimeAxis } from './scale/time-axis.ts';
import type { TimeWindow } from './scale/view-window.ts';

/**
 * The overview's brush: drag it to move the window; press outside it to centre the window there. Works in
 * compact-axis units, so the brush keeps its width across folded gaps.
 */
export function useBrushDrag(
  overviewRef: RefObject<HTMLCanvasElement | null>,
  axis: TimeAxis,
  windowRef: RefObject<TimeWindow>,
  setWindow: (window: TimeWindow, immediate?: boolean) => void,
) {
  const latest = useRef({ axis, setWindow });
  latest.current = { axis, setWindow };
  useEffect(() => {
    const canvas = overviewRef.current;
    if (!canvas) return;
    let drag: { x: number; c0: number; c1: number } | null = null;
    const move = (clientX: number, immediate: boolean) => {
      if (!drag) return;
      const { axis: a, setWindow: set } = latest.current;
      const k = a.total / Math.max(canvas.getBoundingClientRect().width, 1);
      const d = (clientX - drag.x) * k;
      set([a.fromC(drag.c0 + d), a.fromC(drag.c1 + d)], immediate);
    };
    const onDown = (event: PointerEvent) => {
      const { axis: a } = latest.current;
      const rect = canvas.getBoundingClientRect();
      const k = a.total / Math.max(rect.width, 1);
      const at = (event.clientX - rect.left) * k;
      let c0 = a.toC(windowRef.current[0]);
      let c1 = a.toC(windowRef.current[1]);
      if (at < c0 || at > c1) {
        const half = (c1 - c0) / 2;
        c0 = at - half;
        c1 = at + half;
        latest.current.setWindow([a.fromC(c0), a.fromC(c1)]);
      }
      drag = { x: event.clientX, c0, c1 };
      canvas.setPointerCapture?.(event.pointerId);
    };
    const onMove = (event: PointerEvent) => move(event.clientX, false);
    const onUp = (event: PointerEvent) => {
      move(event.clientX, true);
      drag = null;
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerup', onUp);
    return () => {
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerup', onUp);
    };
  }, [overviewRef, windowRef]);
}
