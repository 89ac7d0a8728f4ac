import { DAY, HOUR, MINUTE } from './duration.ts';
import type { Rng } from './rng.ts';

/** Incidents, relative to the anchor: failure odds of the named cause rise while one is going on. */
const INCIDENTS = [
  { name: 'payments-outage', from: -9 * DAY + 13 * HOUR, length: 2 * HOUR, factor: 15 },
  { name: 'sendgrid-throttling', from: -4 * DAY + 9 * HOUR, length: 3 * HOUR, factor: 12 },
  { name: 'r2-degraded', from: -17 * DAY + 20 * HOUR, length: 90 * MINUTE, factor: 20 },
  { name: 'r2-degraded', from: -5 * HOUR, length: 45 * MINUTE, factor: 10 },
] as const;

export type IncidentFn = (name: string, at: number) => number;

/** Incident windows start at whole days before the anchor's midnight (UTC), so they fall at plausible hours. */
export function incidentsFor(anchor: number): IncidentFn {
  const midnight = Math.floor(anchor / DAY) * DAY;
  const windows = INCIDENTS.map((i) => {
    const from = i.from > -DAY ? anchor + i.from : midnight + i.from;
    return { name: i.name, from, to: from + i.length, factor: i.factor };
  });
  return (name, at) => {
    for (const w of windows) if (w.name === name && at >= w.from && at < w.to) return w.factor;
    return 1;
  };
}

/** Relative traffic at `t`: busier in European/American daytime, quieter at weekends. */
export function traffic(t: number): number {
  const hour = (t % DAY) / HOUR;
  const daily = 0.35 + Math.max(0, Math.sin(((hour - 6) / 24) * 2 * Math.PI)) * 1.1;
  const weekday = new Date(t).getUTCDay();
  return daily * (weekday === 0 || weekday === 6 ? 0.55 : 1);
}

/** Draws `count` creation times in [from, to) following `weight` (rejection sampling, max weight ~2). */
export function drawTimes(
  rng: Rng,
  count: number,
  from: number,
  to: number,
  weight: (t: number) => number,
): number[] {
  const times: number[] = [];
  const span = to - from;
  while (times.length < count) {
    const t = from + Math.floor(rng.next() * span);
    if (rng.next() * 2.5 < weight(t)) times.push(t);
  }
  return times;
}
