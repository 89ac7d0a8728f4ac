export type Interval = readonly [number, number];

/** Whether the starts already ascend: a log comes in execution order, so the sort is usually skipped. */
function ascending(intervals: readonly Interval[]): boolean {
  for (let i = 1; i < intervals.length; i++)
    if ((intervals[i] as Interval)[0] < (intervals[i - 1] as Interval)[0]) return false;
  return true;
}

/**
 * Merges intervals into a sorted, disjoint union (touching intervals merge). Empty ones are dropped.
 * Each interval is first clipped to [lo, hi] (unbounded by default).
 */
export function unionOf(
  intervals: readonly Interval[],
  lo = Number.NEGATIVE_INFINITY,
  hi = Number.POSITIVE_INFINITY,
): Interval[] {
  const sorted = ascending(intervals) ? intervals : [...intervals].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  let last: [number, number] | undefined;
  for (const interval of sorted) {
    const a = Math.max(lo, interval[0]);
    const b = Math.min(hi, interval[1]);
    if (b <= a) continue;
    if (last && a <= last[1]) {
      if (b > last[1]) last[1] = b;
    } else {
      last = [a, b];
      out.push(last);
    }
  }
  return out;
}

/** Total length of the union: overlapping time counts once. */
export function unionLength(intervals: readonly Interval[]): number {
  let total = 0;
  for (const [a, b] of unionOf(intervals)) total += b - a;
  return total;
}
