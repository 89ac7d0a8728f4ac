import { describe, expect, it } from 'vitest';
import { assignSlots, inSlotOrder } from './row-pool.ts';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('assignSlots', () => {
  it('gives a fresh window slots 0..n-1 in index order', () => {
    expect([...assignSlots(new Map(), range(10, 14)).entries()]).toEqual([
      [10, 0],
      [11, 1],
      [12, 2],
      [13, 3],
    ]);
  });

  it('keeps the slots of rows that stay and hands the freed ones to rows that enter', () => {
    const first = assignSlots(new Map(), range(0, 5));
    const scrolled = assignSlots(first, range(2, 7));
    for (const index of [2, 3, 4]) expect(scrolled.get(index)).toBe(first.get(index));
    expect(new Set([scrolled.get(5), scrolled.get(6)])).toEqual(new Set([0, 1]));
  });

  it('keeps every remaining row on its slot when the window grows or shrinks (a resize)', () => {
    const before = assignSlots(new Map(), range(100, 129));
    const taller = assignSlots(before, range(100, 135));
    for (const index of range(100, 129)) expect(taller.get(index)).toBe(before.get(index));
    expect(new Set(range(129, 135).map((index) => taller.get(index)))).toEqual(new Set(range(29, 35)));
    const shorter = assignSlots(taller, range(100, 120));
    for (const index of range(100, 120)) expect(shorter.get(index)).toBe(before.get(index));
  });

  it('never gives two rows one slot, even after a jump across the list', () => {
    let slots = assignSlots(new Map(), range(0, 29));
    for (const start of [3, 5000, 4990, 12, 13, 40_000]) {
      slots = assignSlots(slots, range(start, start + 29));
      expect(new Set(slots.values()).size).toBe(29);
      expect(Math.max(...slots.values())).toBeLessThan(29);
    }
  });
});

describe('inSlotOrder', () => {
  it('orders items by slot, so a scroll step does not move any element', () => {
    const first = assignSlots(new Map(), range(0, 4));
    const scrolled = assignSlots(first, range(1, 5));
    const items = range(1, 5).map((index) => ({ index }));
    expect(inSlotOrder(items, scrolled).map((item) => item.index)).toEqual([4, 1, 2, 3]);
  });
});
