/**
 * A hand-written check that a log entry already has the exact shape `doStepSchema` accepts, so a 10,000-step
 * log need not go through zod object by object (jitless zod, which the CSP forces, spent ~300 ms on one).
 * It may only say yes where the schema would accept the value unchanged (bar `attempts` defaulting to []);
 * anything else, including every other entry type, goes to the schema, which stays the single source of
 * truth. contract/instances.test.ts checks both paths agree.
 */
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const nullishString = (v: unknown) => v === undefined || v === null || typeof v === 'string';
const nullishBoolean = (v: unknown) => v === undefined || v === null || typeof v === 'boolean';
const isDuration = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

function isErrorDetail(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (isObject(v) && typeof v.name === 'string' && typeof v.message === 'string')
  );
}

function isAttempt(v: unknown): boolean {
  return (
    isObject(v) &&
    nullishString(v.start) &&
    nullishString(v.end) &&
    nullishBoolean(v.success) &&
    isErrorDetail(v.error)
  );
}

function isConfig(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isObject(v)) return false;
  const retries = v.retries;
  if (retries !== undefined) {
    if (!isObject(retries)) return false;
    if (typeof retries.limit !== 'number' || !Number.isFinite(retries.limit)) return false;
    if (!isDuration(retries.delay) || !nullishString(retries.backoff)) return false;
  }
  return (v.timeout === undefined || isDuration(v.timeout)) && nullishString(v.sensitive);
}

/** True when `v` is a `step`/`rollback` entry the schema would accept as is; fills a missing `attempts`. */
export function acceptDoStepAsIs(v: unknown): boolean {
  if (!isObject(v) || (v.type !== 'step' && v.type !== 'rollback') || typeof v.name !== 'string')
    return false;
  if (!nullishString(v.start) || !nullishString(v.end) || !nullishBoolean(v.success)) return false;
  if (!isConfig(v.config)) return false;
  const attempts = v.attempts;
  if (attempts === undefined) {
    v.attempts = [];
    return true;
  }
  if (!Array.isArray(attempts)) return false;
  for (const attempt of attempts) if (!isAttempt(attempt)) return false;
  return true;
}
