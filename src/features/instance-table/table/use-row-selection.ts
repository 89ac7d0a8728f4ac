import { type KeyboardEvent, useCallback, useMemo, useRef, useState } from 'react';
import type { InstanceRow } from '../../../api/instance-list/instance-rows.ts';
import { ROW_HEIGHT } from './columns.tsx';

interface SelectionOptions {
  display: readonly InstanceRow[];
  /** Brings a row into view (the virtualizer's scrollToIndex). */
  scrollToIndex: (index: number) => void;
  /** The viewport's height, for PageUp/PageDown. */
  height: number;
  onOpen?: ((id: string) => void) | undefined;
}

/**
 * The table's keyboard selection: j/k and the arrows move it, PageUp/PageDown by a screen, Home/End to the
 * ends, Enter opens it. The selection follows the instance, not the index, so new rows above keep it put.
 * `keyboardFocus` says whether to draw the focus ring: only once the keys are used.
 */
export function useRowSelection({ display, scrollToIndex, height, onOpen }: SelectionOptions) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [keyboardFocus, setKeyboardFocus] = useState(false);
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : display.findIndex((row) => row.id === selectedId)),
    [display, selectedId],
  );

  const move = (delta: number) => {
    if (display.length === 0) return;
    const base = selectedIndex === -1 ? (delta > 0 ? -1 : display.length) : selectedIndex;
    const next = Math.min(display.length - 1, Math.max(0, base + delta));
    setSelectedId(display[next]?.id ?? null);
    scrollToIndex(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // Whoever uses the keys here needs to see where the focus is.
    setKeyboardFocus(true);
    if (event.metaKey || event.ctrlKey || event.altKey) return;
    const page = Math.floor(height / ROW_HEIGHT);
    if (event.key === 'ArrowDown' || event.key === 'j') move(1);
    else if (event.key === 'ArrowUp' || event.key === 'k') move(-1);
    else if (event.key === 'PageDown') move(page);
    else if (event.key === 'PageUp') move(-page);
    else if (event.key === 'Home') move(-display.length);
    else if (event.key === 'End') move(display.length);
    else if (event.key === 'Enter' && selectedId !== null) onOpen?.(selectedId);
    else return;
    event.preventDefault();
  };

  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  /** A click: select the row and open it. Stable, so memoized rows do not re-render for it. */
  const activate = useCallback((id: string) => {
    setSelectedId(id);
    openRef.current?.(id);
  }, []);

  return {
    selectedId,
    keyboardFocus,
    activate,
    onKeyDown,
    /** Focus ring only when the grid itself got focus from the keyboard (:focus-visible). */
    onFocus: (event: { target: Element; currentTarget: Element }) =>
      setKeyboardFocus(event.target === event.currentTarget && event.target.matches(':focus-visible')),
    onBlur: () => setKeyboardFocus(false),
  };
}
