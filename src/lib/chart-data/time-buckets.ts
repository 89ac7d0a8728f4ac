import { instantOf, type WallTime, wallTimeOf } from './zoned-time.ts';

/**
 * Time buckets for the charts: automatic steps (minutes for an hour, hours for a day, days for a month),
 * aligned to the wall clock of the chosen time zone. Sub-day steps advance in absolute time, so every
 * hour bucket is 60 minutes even across a DST change; day and week steps follow local midnights, so a DST
 * day is a 23 or 25 hour bucket.
 */

export const BUCKET_STEP_IDS = ['1m', '5m', '15m', '1h', '6h', '1d', '7d'] as const;
export type BucketStepId = (typeof BUCKET_STEP_IDS)[number];

interface StepDefinition {
  id: BucketStepId;
  /** Nominal length, for counting buckets (days are 24 h here). */
  ms: number;
  /** Calendar days for day-based steps; 0 for steps measured in minutes. */
  days: number;
}

const MINUTE = 60_000;
const STEPS: readonly StepDefinition[] = [
  { id: '1m', ms: MINUTE, days: 0 },
  { id: '5m', ms: 5 * MINUTE, days: 0 },
  { id: '15m', ms: 15 * MINUTE, days: 0 },
  { id: '1h', ms: 60 * MINUTE, days: 0 },
  { id: '6h', ms: 360 * MINUTE, days: 0 },
  { id: '1d', ms: 1440 * MINUTE, days: 1 },
  { id: '7d', ms: 7 * 1440 * MINUTE, days: 7 },
];

/** Automatic steps keep a chart readable: at most this many bars. */
export const AUTO_MAX_BUCKETS = 60;
/** A requested step finer than this allows (a month in minutes: 43,200 bars) is coarsened. */
export const MAX_BUCKETS = 500;

export interface TimeDomain {
  /** Inclusive, epoch ms. */
  start: number;
  /** Exclusive, epoch ms. */
  end: number;
}

export interface BucketPlan {
  step: BucketStepId;
  /** The step asked for, when it would have made more than MAX_BUCKETS buckets and was coarsened. */
  coarsenedFrom: BucketStepId | null;
  timeZone: string;
  /** Bucket i is [bounds[i], bounds[i + 1]); bounds.length is buckets + 1 (0 for an empty domain). */
  bounds: number[];
}

const stepOf = (id: BucketStepId) => STEPS.find((step) => step.id === id) ?? (STEPS[0] as StepDefinition);
const estimate = (domain: TimeDomain, step: StepDefinition) =>
  Math.ceil((domain.end - domain.start) / step.ms);

function chooseStep(domain: TimeDomain, requested: BucketStepId | undefined) {
  const fits = (max: number) => (step: StepDefinition) => estimate(domain, step) <= max;
  if (requested !== undefined) {
    const from = STEPS.indexOf(stepOf(requested));
    const step = STEPS.slice(from).find(fits(MAX_BUCKETS)) ?? (STEPS[STEPS.length - 1] as StepDefinition);
    return { step, coarsenedFrom: step.id === requested ? null : requested };
  }
  const step = STEPS.find(fits(AUTO_MAX_BUCKETS)) ?? (STEPS[STEPS.length - 1] as StepDefinition);
  return { step, coarsenedFrom: null };
}

/** Adds calendar days to a wall date (normalised through Date.UTC). */
function addDays(wall: WallTime, days: number): WallTime {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0 };
}

function firstBound(start: number, step: StepDefinition, timeZone: string): number {
  const wall = wallTimeOf(start, timeZone);
  if (step.days > 0) {
    const midnight: WallTime = { ...wall, hour: 0, minute: 0 };
    // Weeks start on Monday.
    const weekday = (new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() + 6) % 7;
    return instantOf(step.days === 7 ? addDays(midnight, -weekday) : midnight, timeZone);
  }
  const stepMinutes = step.ms / MINUTE;
  const minuteOfDay = Math.floor((wall.hour * 60 + wall.minute) / stepMinutes) * stepMinutes;
  let bound = instantOf({ ...wall, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }, timeZone);
  while (bound > start) bound -= step.ms;
  return bound;
}

/** Buckets covering `domain` in `timeZone` (IANA name or "UTC"), with an automatic or requested step. */
export function planBuckets(
  domain: TimeDomain,
  options: { timeZone: string; step?: BucketStepId },
): BucketPlan {
  const { step, coarsenedFrom } = chooseStep(domain, options.step);
  const plan: BucketPlan = { step: step.id, coarsenedFrom, timeZone: options.timeZone, bounds: [] };
  if (!(domain.end > domain.start)) return plan;
  let bound = firstBound(domain.start, step, options.timeZone);
  const bounds = [bound];
  let wall = wallTimeOf(bound, options.timeZone);
  while (bound < domain.end) {
    if (step.days > 0) {
      wall = addDays(wall, step.days);
      bound = instantOf(wall, options.timeZone);
    } else {
      bound += step.ms;
    }
    bounds.push(bound);
  }
  plan.bounds = bounds;
  return plan;
}

/** The bucket holding `ms`, or -1 outside the plan. Binary search: O(log buckets). */
export function bucketIndex(bounds: readonly number[], ms: number): number {
  const last = bounds.length - 1;
  if (last < 1 || !(ms >= (bounds[0] as number)) || ms >= (bounds[last] as number)) return -1;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] as number) <= ms) lo = mid;
    else hi = mid;
  }
  return lo;
}

export const bucketCount = (plan: BucketPlan) => Math.max(0, plan.bounds.length - 1);
