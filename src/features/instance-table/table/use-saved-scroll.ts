import { useCallback, useMemo, useRef } from 'react';

const PREFIX = 'instances-scroll:';

/**
 * The table's scroll offset per URL in sessionStorage, so that coming back from an instance (or reloading)
 * puts the table where it was. Writes are batched to one per frame.
 */
export function useSavedScroll(key: string) {
  const initial = useMemo(() => {
    try {
      const saved = Number(sessionStorage.getItem(PREFIX + key));
      return Number.isFinite(saved) && saved > 0 ? saved : 0;
    } catch {
      return 0;
    }
  }, [key]);
  const pending = useRef<number | null>(null);
  const save = useCallback(
    (offset: number) => {
      if (pending.current !== null) cancelAnimationFrame(pending.current);
      pending.current = requestAnimationFrame(() => {
        pending.current = null;
        try {
          sessionStorage.setItem(PREFIX + key, String(Math.round(offset)));
        } catch {
          // Storage full or disabled: restoring scroll is a nicety.
        }
      });
    },
    [key],
  );
  return { initial, save };
}
