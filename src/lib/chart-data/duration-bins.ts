/**
 * Histogram bins for durations, which span milliseconds to days: bounds on a roughly logarithmic ladder of
 * round times (1 s, 2 s, 5 s, 10 s, 15 s, 30 s, 1 min, …), so that every bin has a readable label.
 */
const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;

export const DURATION_LADDER: readonly number[] = [
  0,
  10,
  20,
  50,
  100,
  200,
  500,
  S,
  2 * S,
  5 * S,
  10 * S,
  15 * S,
  30 * S,
  MIN,
  2 * MIN,
  5 * MIN,
  10 * MIN,
  15 * MIN,
  30 * MIN,
  H,
  2 * H,
  6 * H,
  12 * H,
  D,
  2 * D,
  7 * D,
  30 * D,
  365 * D,
];

/**
 * The ladder's bounds from the one at or below `min` to the first above `max`: bin i is [b[i], b[i+1]).
 * Durations past the ladder's top fall in a last, open bin (its upper bound is Infinity).
 */
export function durationBounds(min: number, max: number): number[] {
  if (!(max >= min)) return [];
  let lo = 0;
  while (lo + 1 < DURATION_LADDER.length && (DURATION_LADDER[lo + 1] as number) <= min) lo++;
  let hi = lo + 1;
  while (hi < DURATION_LADDER.length && (DURATION_LADDER[hi] as number) <= max) hi++;
  const bounds = DURATION_LADDER.slice(lo, hi + 1);
  if (hi >= DURATION_LADDER.length) bounds.push(Number.POSITIVE_INFINITY);
  return bounds;
}

/** The bin of `ms` in `bounds`, or -1 outside them. */
export function durationBin(bounds: readonly number[], ms: number): number {
  let lo = 0;
  let hi = bounds.length - 1;
  if (hi < 1 || ms < (bounds[0] as number) || ms >= (bounds[hi] as number)) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] as number) <= ms) lo = mid;
    else hi = mid;
  }
  return lo;
}
