export type Interval = readonly [number, number];

/** Whether the starts already ascend: a log comes in execution order, so the sort is usually skipped. */
function ascending(intervals: readonly Interval[]): boolean {
  for (let i = 1; i < intervals.length; i++)
    if ((intervals[i] as Interval)[0] < (intervals[i - 1] as Interval)[0]) return false;
  return true;
}

/** Whether the intervals are already a union inside [lo, hi]: ascending, non-empty, apart (not touching). */
function isUnion(intervals: readonly Interval[], lo: number, hi: number): boolean {
  let end = lo;
  for (let i = 0; i < intervals.length; i++) {
    const interval = intervals[i] as Interval;
    const a = interval[0];
    const b = interval[1];
    if (!(a >= lo && b > a && b <= hi && (i === 0 || a > end))) return false;
    end = b;
  }
  return true;
}

/**
 * Merges intervals into a sorted, disjoint union (touching intervals merge). Empty ones are dropped.
 * Each interval is first clipped to [lo, hi] (unbounded by default). Input that is already such a union (the
 * model's busy time, 10,000 attempts long) is returned as it is.
 */
export function unionOf(
  intervals: readonly Interval[],
  lo = Number.NEGATIVE_INFINITY,
  hi = Number.POSITIVE_INFINITY,
): readonly Interval[] {
  if (isUnion(intervals, lo, hi)) return intervals;
  const sorted = ascending(intervals) ? intervals : [...intervals].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const interval of sorted) pushMerged(out, Math.max(lo, interval[0]), Math.min(hi, interval[1]));
  return out;
}

/**
 * Adds [a, b] to a sorted, disjoint union being built in start order: merged into the last interval when it
 * touches it, dropped when empty. Returns how much the union grew.
 */
function pushMerged(out: [number, number][], a: number, b: number): number {
  if (!(b > a)) return 0;
  const last = out[out.length - 1];
  if (last && a <= last[1]) {
    if (b <= last[1]) return 0;
    const grown = b - last[1];
    last[1] = b;
    return grown;
  }
  out.push([a, b]);
  return b - a;
}

/** Total length of the union: overlapping time counts once. */
export function unionLength(intervals: readonly Interval[]): number {
  const union = unionOf(intervals);
  let total = 0;
  for (let i = 0; i < union.length; i++) {
    const interval = union[i] as Interval;
    total += interval[1] - interval[0];
  }
  return total;
}

/**
 * The union of spans given as two parallel arrays (starts[i], ends[i]), and its total length: what unionOf and
 * unionLength do for the attempts of a 10,000-step log, in one pass and without a tuple per attempt. Sorted by
 * start through an index only when out of order.
 */
export function unionOfSpans(
  starts: readonly number[],
  ends: readonly number[],
): { union: Interval[]; length: number } {
  const n = starts.length;
  let order: Uint32Array | null = null;
  for (let i = 1; i < n; i++) {
    if ((starts[i] as number) < (starts[i - 1] as number)) {
      order = new Uint32Array(n);
      for (let j = 0; j < n; j++) order[j] = j;
      order.sort((x, y) => (starts[x] as number) - (starts[y] as number));
      break;
    }
  }
  const union: [number, number][] = [];
  let length = 0;
  for (let k = 0; k < n; k++) {
    const i = order ? (order[k] as number) : k;
    length += pushMerged(union, starts[i] as number, ends[i] as number);
  }
  return { union, length };
}
