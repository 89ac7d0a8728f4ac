import { type RefObject, useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

export interface RowWindow {
  /** First and one-past-last position rendered (the rows in view, and `overscan` more on each side). */
  first: number;
  last: number;
  /** Height of all the rows: the scrolled content. */
  totalHeight: number;
  /** Brings a row into view: `auto` scrolls only as far as needed, `center` puts it mid-viewport. */
  scrollToRow: (position: number, align: 'auto' | 'center') => void;
  /** The scroll container's scroll handler. */
  onScroll: () => void;
  /** `render` of each position rendered, in order. */
  map: <T>(render: (position: number) => T) => T[];
}

/** Rows rendered above and below the viewport, so a scroll shows labels already laid out. */
const OVERSCAN = 6;

/**
 * The rows of a fixed-height list that a viewport of `viewport` px shows, plus `overscan` on each side: what a
 * virtualizer works out, here by arithmetic. TanStack Virtual keeps a measurement object per item and rebuilds
 * them whenever the count changes: 10,000 of them were ~10 ms of a 10,000-step Gantt's first render, for rows
 * that are all `rowHeight` tall.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  viewport: number,
  overscan = OVERSCAN,
): RowWindow {
  const [top, setTop] = useState(0);
  const shown = useRef(top);
  shown.current = top;
  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const next = Math.floor(element.scrollTop / rowHeight);
    if (next === shown.current) return;
    shown.current = next;
    // At once, not on React's schedule: the label column must move with the canvas, painted on the next frame.
    flushSync(() => setTop(next));
  }, [scrollRef, rowHeight]);
  const scrollToRow = useCallback(
    (position: number, align: 'auto' | 'center') => {
      const element = scrollRef.current;
      if (!element) return;
      const y = position * rowHeight;
      const height = element.clientHeight || viewport;
      let target = element.scrollTop;
      if (align === 'center') target = y - (height - rowHeight) / 2;
      else if (y < target) target = y;
      else if (y + rowHeight > target + height) target = y + rowHeight - height;
      element.scrollTop = Math.max(0, target);
      // Without flushSync: this may run in an effect, where React cannot flush (its scroll event follows).
      const next = Math.floor(element.scrollTop / rowHeight);
      shown.current = next;
      setTop(next);
    },
    [scrollRef, rowHeight, viewport],
  );
  const inView = Math.min(Math.max(0, top), Math.max(0, count - 1));
  const first = Math.max(0, inView - overscan);
  const last = Math.min(count, inView + Math.ceil(viewport / rowHeight) + 1 + overscan);
  const map = <T>(render: (position: number) => T): T[] => {
    const out: T[] = [];
    for (let position = first; position < last; position++) out.push(render(position));
    return out;
  };
  return { first, last, totalHeight: count * rowHeight, scrollToRow, onScroll, map };
}
