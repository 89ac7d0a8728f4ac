import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { TimeAxis } from './scale/time-axis.ts';
import { fitWindow, type TimeWindow } from './scale/view-window.ts';

/** How long the window must rest before the parent hears of it (and writes `win=` into the URL). */
export const WINDOW_REPORT_MS = 150;

/**
 * The visible window lives in a ref while the user zooms and pans (no React render per frame) and is reported
 * to the parent once it rests. A window coming back from the parent (the URL) replaces it unless it is the
 * one just reported. `null` from the parent means "fit".
 */
export function useViewWindow(
  axis: TimeAxis,
  controlled: TimeWindow | null,
  onWindowChange: (window: TimeWindow) => void,
  repaint: () => void,
) {
  const windowRef = useRef<TimeWindow>(controlled ?? fitWindow(axis));
  const reported = useRef<TimeWindow | null>(controlled);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const report = useRef(onWindowChange);
  report.current = onWindowChange;

  useLayoutEffect(() => {
    const same =
      controlled !== null &&
      reported.current !== null &&
      controlled[0] === reported.current[0] &&
      controlled[1] === reported.current[1];
    if (same) return;
    windowRef.current = controlled ?? fitWindow(axis);
    reported.current = controlled;
  }, [controlled, axis]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    reported.current = windowRef.current;
    report.current(windowRef.current);
  }, []);

  const setWindow = useCallback(
    (next: TimeWindow, immediate = false) => {
      windowRef.current = next;
      repaint();
      clearTimeout(timer.current);
      if (immediate) flush();
      else timer.current = setTimeout(flush, WINDOW_REPORT_MS);
    },
    [repaint, flush],
  );

  return { windowRef, setWindow };
}
