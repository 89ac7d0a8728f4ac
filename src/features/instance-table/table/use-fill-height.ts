import { type RefObject, useLayoutEffect, useState } from 'react';

let lastMeasured = 0;

/**
 * A height (px) that makes the element reach the bottom of the viewport (less `gap`), at least `min`. Measured
 * again whenever the page's layout changes (a header that finishes loading, a notice, a progress bar) and on
 * window resizes: the instance table scrolls inside its own box, so the page itself need not.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, min = 360, gap = 40): number {
  // Start from the last measured height, so coming back to the table lays it out as it was at once.
  const [height, setHeight] = useState(() => Math.max(min, lastMeasured));
  useLayoutEffect(() => {
    const update = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      // From where the element sits in the document (not the scrolled viewport) to the bottom of the window.
      lastMeasured = Math.floor(window.innerHeight - (top + window.scrollY) - gap);
      setHeight(Math.max(min, lastMeasured));
    };
    update();
    window.addEventListener('resize', update);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [ref, min, gap]);
  return height;
}
