/** Durations as Workflows configs write them: ms numbers or strings such as "30 seconds", "5 minutes". */
const UNIT_MS: Record<string, number> = {
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/** Milliseconds of a config duration; null for "[dynamic]" or anything unparseable. */
const parsed = new Map<string, number | null>();

export function durationMs(value: string | number): number | null {
  if (typeof value === 'number') return value;
  const hit = parsed.get(value);
  if (hit !== undefined) return hit;
  const ms = parse(value);
  parsed.set(value, ms);
  return ms;
}

function parse(value: string): number | null {
  const match = /^(\d+)\s+(millisecond|second|minute|hour|day|week)s?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
}

export const SECOND = 1000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
