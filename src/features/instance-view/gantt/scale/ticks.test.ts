import { describe, expect, it } from 'vitest';
import { axisTicks } from './ticks.ts';
import { buildTimeAxis } from './time-axis.ts';

const ORIGIN = Date.UTC(2026, 7, 14, 12);
const DAY = 86_400_000;
const labels = (ticks: { label: string }[]) => ticks.map((t) => t.label);

describe('axis ticks', () => {
  it('label milliseconds when zoomed into a fraction of a second', () => {
    const axis = buildTimeAxis([[0, 1000]], 1000, { fold: false });
    const { ticks } = axisTicks(axis, [0, 500], 600, ORIGIN, 'utc');
    expect(labels(ticks).slice(0, 3)).toEqual(['12:00:00.000', '12:00:00.100', '12:00:00.200']);
  });

  it('label seconds, then minutes, then dates and months as the window widens', () => {
    const axis = buildTimeAxis([[0, 400 * DAY]], 400 * DAY, { fold: false });
    expect(labels(axisTicks(axis, [0, 60_000], 600, ORIGIN, 'utc').ticks)[1]).toBe('12:00:10');
    expect(labels(axisTicks(axis, [0, 3_600_000], 600, ORIGIN, 'utc').ticks)[1]).toBe('12:10');
    const days = axisTicks(axis, [0, 6 * DAY], 600, ORIGIN, 'utc').ticks;
    expect(labels(days).slice(0, 2)).toEqual(['15 Aug', '16 Aug']);
    const months = axisTicks(axis, [0, 365 * DAY], 600, ORIGIN, 'utc').ticks;
    expect(labels(months)[0]).toBe('Oct 2026');
    expect(months.every((t) => t.major)).toBe(true);
  });

  it('put no ticks inside a folded gap, mark the fold with the skipped time and date the resume', () => {
    const busy = [
      [0, 30_000],
      [30_000 + 3 * DAY, 60_000 + 3 * DAY],
    ] as const;
    const extent = 60_000 + 3 * DAY;
    const axis = buildTimeAxis(busy, extent, { fold: true });
    const { ticks, folds } = axisTicks(axis, [0, extent], 800, ORIGIN, 'utc');
    expect(folds).toEqual([{ t0: 30_000, t1: 30_000 + 3 * DAY, label: '3 d 0 h folded' }]);
    expect(ticks.some((t) => t.t > 30_000 && t.t < 30_000 + 3 * DAY)).toBe(false);
    expect(ticks.find((t) => t.major)?.label).toBe('17 Aug, 12:00:30');
    // Both sides carry second-level ticks, spaced as they would be without the fold.
    expect(ticks.filter((t) => !t.major).length).toBeGreaterThan(4);
  });
});
