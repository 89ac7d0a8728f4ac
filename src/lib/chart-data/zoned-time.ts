/**
 * Wall-clock arithmetic in an IANA time zone ("UTC", "Europe/Berlin"), through Intl only, so that chart
 * buckets can follow local days across a DST change without a date library.
 */

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time of an instant in `timeZone` (to the minute). */
export function wallTimeOf(ms: number, timeZone: string): WallTime {
  if (timeZone === 'UTC') {
    const d = new Date(ms);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
    };
  }
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

const wallAsUtc = (wall: WallTime) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);

/** The zone's offset from UTC at an instant, in ms (east positive). */
export function zoneOffsetAt(ms: number, timeZone: string): number {
  const minute = Math.floor(ms / 60_000) * 60_000;
  return wallAsUtc(wallTimeOf(minute, timeZone)) - minute;
}

/**
 * The instant a wall-clock time names in `timeZone`. A time skipped by a DST change (02:30 on a spring-forward
 * night) resolves to the instant after the gap; a repeated one (fall-back) to its first occurrence.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const local = wallAsUtc(wall);
  const first = local - zoneOffsetAt(local, timeZone);
  const second = local - zoneOffsetAt(first, timeZone);
  if (first === second) return first;
  // The two guesses straddle a change: take the earlier one that still reads as this wall time, if any.
  const candidates = [Math.min(first, second), Math.max(first, second)];
  for (const candidate of candidates) {
    if (wallAsUtc(wallTimeOf(candidate, timeZone)) === local) return candidate;
  }
  return Math.max(first, second);
}

/** The user's time zone, or UTC when the runtime does not say. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
