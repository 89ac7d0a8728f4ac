import { parseWorkflowDuration } from '../contract/duration.ts';

/** Milliseconds of a config duration; null for "[dynamic]" or anything unparseable. Cached: plans reuse a few. */
const parsed = new Map<string | number, number | null>();

export function durationMs(value: string | number): number | null {
  const hit = parsed.get(value);
  if (hit !== undefined) return hit;
  const ms = parseWorkflowDuration(value) ?? null;
  parsed.set(value, ms);
  return ms;
}

export const SECOND = 1000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
