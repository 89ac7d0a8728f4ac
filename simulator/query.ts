import { ApiFailure } from './errors.ts';

/** Query-string readers that answer bad input as Cloudflare does: 400 "Input Validation Error.". */
export function intParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new ApiFailure('validation', `${name}: expected an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | null {
  const raw = query.get(name);
  if (raw === null) return null;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ApiFailure('validation', `${name}: expected one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z?)?$/;

/** ISO 8601 in UTC, without an offset ("2026-08-14T02:00:00Z", "2026-08-14T02:00:00", "2026-08-14"). */
export function dateParam(query: URLSearchParams, name: string): number | null {
  const raw = query.get(name);
  if (raw === null) return null;
  if (!ISO_UTC.test(raw))
    throw new ApiFailure('validation', `${name}: expected an ISO 8601 UTC date-time, got "${raw}"`);
  const normal = raw.length === 10 ? `${raw}T00:00:00Z` : raw.endsWith('Z') ? raw : `${raw}Z`;
  const ms = Date.parse(normal);
  if (Number.isNaN(ms)) throw new ApiFailure('validation', `${name}: "${raw}" is not a valid date`);
  return ms;
}
