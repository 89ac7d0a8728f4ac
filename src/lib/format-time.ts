import { parseWorkflowDuration } from '../../contract/duration.ts';
/**
 * Time formatting for the whole app. Inputs are ISO 8601 strings or epoch milliseconds; `null`/`undefined`
 * and unparsable values format as an em dash so that callers need no guards.
 */
export type TimeInput = string | number | null | undefined;

export const NO_VALUE = '—';

export function toEpochMs(value: TimeInput): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2 h 14 m", "3 m 05 s", "1.2 s", "340 ms", "3 d 4 h". Negative durations are treated as 0. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return NO_VALUE;
  const value = Math.max(0, ms);
  if (value < 1000) return `${Math.round(value)} ms`;
  if (value < 60_000) {
    const seconds = value / 1000;
    return seconds < 10 ? `${(Math.floor(seconds * 10) / 10).toFixed(1)} s` : `${Math.floor(seconds)} s`;
  }
  const totalSeconds = Math.floor(value / 1000);
  if (value < 3_600_000) return `${Math.floor(totalSeconds / 60)} m ${pad(totalSeconds % 60)} s`;
  const totalMinutes = Math.floor(totalSeconds / 60);
  if (value < 86_400_000) return `${Math.floor(totalMinutes / 60)} h ${pad(totalMinutes % 60)} m`;
  const totalHours = Math.floor(totalMinutes / 60);
  return `${Math.floor(totalHours / 24)} d ${totalHours % 24} h`;
}

/** Duration from `start` to `end`, or to `now` while still open; em dash when not started. */
export function formatSpan(start: TimeInput, end: TimeInput, now: number = Date.now()): string {
  const from = toEpochMs(start);
  if (from === undefined) return NO_VALUE;
  return formatDuration((toEpochMs(end) ?? now) - from);
}

/** "just now", "45 s ago", "3 min ago", "2 h ago", "5 d ago", "in 3 min"; past 30 days the date. */
export function formatRelative(value: TimeInput, now: number = Date.now()): string {
  const ms = toEpochMs(value);
  if (ms === undefined) return NO_VALUE;
  const diff = now - ms;
  const abs = Math.abs(diff);
  const phrase = (text: string) => (diff >= 0 ? `${text} ago` : `in ${text}`);
  if (abs < 5_000) return 'just now';
  if (abs < 60_000) return phrase(`${Math.floor(abs / 1000)} s`);
  if (abs < 3_600_000) return phrase(`${Math.floor(abs / 60_000)} min`);
  if (abs < 86_400_000) return phrase(`${Math.floor(abs / 3_600_000)} h`);
  if (abs < 30 * 86_400_000) return phrase(`${Math.floor(abs / 86_400_000)} d`);
  return formatDate(ms);
}

export type TimeZoneChoice = 'local' | 'utc';

/** "2026-11-20 12:00:05" in local time, or "2026-11-20 12:00:05 UTC". */
export function formatAbsolute(value: TimeInput, zone: TimeZoneChoice = 'local'): string {
  const ms = toEpochMs(value);
  if (ms === undefined) return NO_VALUE;
  const d = new Date(ms);
  if (zone === 'utc') {
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
  }
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Time of day with milliseconds, for step and attempt starts: "12:00:05.123". */
export function formatTimeOfDay(value: TimeInput, zone: TimeZoneChoice = 'local'): string {
  const ms = toEpochMs(value);
  if (ms === undefined) return NO_VALUE;
  const d = new Date(ms);
  return zone === 'utc'
    ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
    : `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A config duration as a short label: 10000 → "10 s", "10 minutes" → "10 min", "[dynamic]" as it is. */
export function formatWorkflowDuration(value: string | number | null | undefined): string {
  const ms = parseWorkflowDuration(value);
  if (ms === undefined) return value === null || value === undefined ? NO_VALUE : String(value);
  if (ms >= 86_400_000 && ms % 86_400_000 === 0) return `${ms / 86_400_000} d`;
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000} s`;
  return formatDuration(ms);
}
