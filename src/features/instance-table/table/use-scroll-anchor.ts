import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { InstanceRow } from '../../../api/instance-list/instance-rows.ts';
import { ROW_HEIGHT } from './columns.tsx';

/**
 * Keeps the first visible row in place when rows are inserted above it (live refresh), and counts those
 * rows for the "N new instances" pill until the user is back at the top.
 */
export function useScrollAnchor(
  scrollRef: RefObject<HTMLDivElement | null>,
  display: readonly InstanceRow[],
) {
  const previous = useRef(display);
  const [count, setCount] = useState(0);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const before = previous.current;
    previous.current = display;
    if (!element || before === display) return;
    const top = element.scrollTop;
    if (top <= 0) return;
    const firstIndex = Math.floor(top / ROW_HEIGHT);
    const anchor = before[firstIndex];
    if (!anchor) return;
    const index =
      display[firstIndex]?.id === anchor.id ? firstIndex : display.findIndex((row) => row.id === anchor.id);
    if (index > firstIndex) {
      element.scrollTop = top + (index - firstIndex) * ROW_HEIGHT;
      setCount((n) => n + (index - firstIndex));
    }
  }, [display, scrollRef]);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onScroll = () => {
      if (element.scrollTop <= 0) setCount(0);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scrollRef]);
  const scrollToTop = () => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    setCount(0);
  };
  return { count, scrollToTop };
}
