// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRowWindow } from './use-row-window.ts';

const ROW = 24;
const VIEWPORT = 240; // ten rows

/** A scroll container as far as the hook reads it: its scroll offset and its height. */
function scroller(clientHeight = VIEWPORT) {
  const element = document.createElement('div');
  let scrollTop = 0;
  Object.defineProperty(element, 'clientHeight', { value: clientHeight });
  Object.defineProperty(element, 'scrollTop', {
    get: () => scrollTop,
    set: (value: number) => {
      scrollTop = value;
    },
  });
  return { current: element };
}

function setup(count: number, ref = scroller()) {
  const hook = renderHook(({ n }) => useRowWindow(ref, n, ROW, VIEWPORT, 2), { initialProps: { n: count } });
  return { ref, hook };
}

describe('useRowWindow', () => {
  it('renders the rows in view and the overscan below them, with the height of every row', () => {
    const { hook } = setup(10_000);
    expect(hook.result.current.first).toBe(0);
    // ten rows in view, one more for a partly shown row, two of overscan
    expect(hook.result.current.last).toBe(13);
    expect(hook.result.current.totalHeight).toBe(240_000);
    expect(hook.result.current.map((p) => p)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('follows the scroll offset, with overscan on both sides', () => {
    const { ref, hook } = setup(10_000);
    ref.current.scrollTop = 100 * ROW + 5;
    act(() => hook.result.current.onScroll());
    expect([hook.result.current.first, hook.result.current.last]).toEqual([98, 113]);
  });

  it('scrolls a row into view only as far as needed, or to the middle', () => {
    const { ref, hook } = setup(10_000);
    act(() => hook.result.current.scrollToRow(5, 'auto'));
    expect(ref.current.scrollTop).toBe(0); // already in view
    act(() => hook.result.current.scrollToRow(50, 'auto'));
    expect(ref.current.scrollTop).toBe(51 * ROW - VIEWPORT); // the row's bottom at the viewport's bottom
    expect(hook.result.current.first).toBeLessThanOrEqual(50);
    expect(hook.result.current.last).toBeGreaterThan(50);
    act(() => hook.result.current.scrollToRow(20, 'auto'));
    expect(ref.current.scrollTop).toBe(20 * ROW); // the row's top at the viewport's top
    act(() => hook.result.current.scrollToRow(9_999, 'center'));
    expect(ref.current.scrollTop).toBe(9_999 * ROW - (VIEWPORT - ROW) / 2);
    expect(hook.result.current.last).toBe(10_000);
    act(() => hook.result.current.scrollToRow(0, 'center'));
    expect(ref.current.scrollTop).toBe(0);
  });

  it('stays within the rows when a filter leaves fewer than the scroll offset passed', () => {
    const { ref, hook } = setup(10_000);
    ref.current.scrollTop = 5_000 * ROW;
    act(() => hook.result.current.onScroll());
    hook.rerender({ n: 3 });
    expect([hook.result.current.first, hook.result.current.last]).toEqual([0, 3]);
    hook.rerender({ n: 0 });
    expect(hook.result.current.map((p) => p)).toEqual([]);
  });
});
