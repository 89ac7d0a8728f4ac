/**
 * Durations as Workflows writes them in step configs and retention settings: a number of milliseconds, or a
 * string such as "30 seconds" / "10 minutes" (`^(\d+)\s+(second|minute|hour|day|week|month|year)s?$` in the
 * API schema). "[dynamic]" means user code computes the delay at run time.
 */
const UNIT_MS: Record<string, number> = {
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

/** Milliseconds of a Workflows duration; undefined for "[dynamic]" and anything unreadable. */
export function parseWorkflowDuration(value: string | number | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(millisecond|second|minute|hour|day|week|month|year)s?\s*$/i.exec(
    value,
  );
  if (!match?.[1] || !match[2]) return undefined;
  const unit = UNIT_MS[match[2].toLowerCase()];
  return unit === undefined ? undefined : Number(match[1]) * unit;
}
