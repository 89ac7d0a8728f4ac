/**
 * Pooled row elements for a windowed list. Each visible row index gets a slot, and a slot is a React key:
 * a row that stays in the window keeps its slot (its element is not rebuilt), a row entering the window
 * takes a slot a leaving row freed, and the pool grows only when the window holds more rows than ever.
 *
 * Slots are kept, not computed as `index % windowSize`: that formula repoints every row when the window's
 * size changes (a resize, the last rows of the list), which rebuilt every row element at once.
 */
export type SlotMap = ReadonlyMap<number, number>;

/** The slot of every index in `indices`, keeping those of `previous` for the indices still present. */
export function assignSlots(previous: SlotMap, indices: readonly number[]): Map<number, number> {
  const next = new Map<number, number>();
  const taken = new Set<number>();
  for (const index of indices) {
    const slot = previous.get(index);
    if (slot !== undefined) {
      next.set(index, slot);
      taken.add(slot);
    }
  }
  let candidate = 0;
  for (const index of indices) {
    if (next.has(index)) continue;
    while (taken.has(candidate)) candidate++;
    next.set(index, candidate);
    taken.add(candidate);
  }
  return next;
}

/**
 * The items ordered by slot, not by index. Scrolling then changes the rows' props but never the order of
 * their elements: moving an element makes the browser rebuild its style and layout (about 10 ms a frame in
 * a fling). Rows are placed by `translateY` and carry `aria-rowindex`, so order on screen is unaffected.
 */
export function inSlotOrder<T extends { index: number }>(items: readonly T[], slots: SlotMap): T[] {
  return [...items].sort((a, b) => (slots.get(a.index) ?? 0) - (slots.get(b.index) ?? 0));
}
