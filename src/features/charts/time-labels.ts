import type { BucketStepId } from '../../lib/chart-data/time-buckets.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...options });
    formats.set(key, formatter);
  }
  return formatter;
}

const DAY_STEPS: readonly BucketStepId[] = ['1d', '7d'];

/** An axis tick: "14:05" for sub-day buckets, "20 Nov" for days and weeks. */
export function tickLabel(ms: number, step: BucketStepId, timeZone: string): string {
  if (DAY_STEPS.includes(step)) return format(timeZone, { day: 'numeric', month: 'short' }).format(ms);
  return format(timeZone, { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** A bucket in full, for tooltips and tables: "20 Nov 2026, 14:00 – 15:00". */
export function bucketLabel(start: number, end: number, step: BucketStepId, timeZone: string): string {
  const day = format(timeZone, { day: 'numeric', month: 'short', year: 'numeric' });
  if (DAY_STEPS.includes(step)) {
    return step === '1d' ? day.format(start) : `${day.format(start)} – ${day.format(end - 1)}`;
  }
  const time = format(timeZone, { hour: '2-digit', minute: '2-digit' });
  return `${day.format(start)}, ${time.format(start)} – ${time.format(end)}`;
}

export const zoneSuffix = (timeZone: string) => (timeZone === 'UTC' ? ' UTC' : '');
