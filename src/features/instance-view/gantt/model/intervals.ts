export type Interval = readonly [number, number];

/** Merges intervals into a sorted, disjoint union (touching intervals merge). Empty ones are dropped. */
export function unionOf(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Total length of the union: overlapping time counts once. */
export function unionLength(intervals: readonly Interval[]): number {
  let total = 0;
  for (const [a, b] of unionOf(intervals)) total += b - a;
  return total;
}
