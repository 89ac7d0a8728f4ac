import { useCallback, useRef, useState } from 'react';
import type { MouseHandlerDataParam } from 'recharts';

const indexOf = (state: MouseHandlerDataParam): number | null => {
  const index = Number(state.activeIndex ?? state.activeTooltipIndex);
  return state.activeIndex === undefined || !Number.isInteger(index) ? null : index;
};

/**
 * Drag across a bucketed chart to pick buckets [first, last]: the selection is shown while dragging and
 * reported on release when it spans two buckets or more (a plain click selects nothing).
 */
export function useDragRange(onRange: (first: number, last: number) => void) {
  const [drag, setDrag] = useState<{ anchor: number; current: number } | null>(null);
  const dragRef = useRef(drag);
  dragRef.current = drag;
  /** Whether the last press moved across buckets, so a click handler at its end can ignore it. */
  const moved = useRef(false);
  const onMouseDown = useCallback((state: MouseHandlerDataParam) => {
    const index = indexOf(state);
    moved.current = false;
    setDrag(index === null ? null : { anchor: index, current: index });
  }, []);
  const onMouseMove = useCallback((state: MouseHandlerDataParam) => {
    const index = indexOf(state);
    const current = dragRef.current;
    if (!current || index === null || index === current.current) return;
    moved.current = true;
    setDrag({ ...current, current: index });
  }, []);
  const onMouseUp = useCallback(() => {
    const current = dragRef.current;
    setDrag(null);
    if (current && current.anchor !== current.current) {
      onRange(Math.min(current.anchor, current.current), Math.max(current.anchor, current.current));
    }
  }, [onRange]);
  const cancel = useCallback(() => setDrag(null), []);
  const selection = drag && drag.anchor !== drag.current ? drag : null;
  return { selection, moved, handlers: { onMouseDown, onMouseMove, onMouseUp, onMouseLeave: cancel } };
}
