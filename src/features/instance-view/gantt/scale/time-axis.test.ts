import { describe, expect, it } from 'vitest';
import { buildTimeAxis, viewScale } from './time-axis.ts';

const DAY = 86_400_000;
// Two 30-second steps around a 3-day sleep.
const busy = [
  [0, 30_000],
  [30_000 + 3 * DAY, 60_000 + 3 * DAY],
] as const;
const extent = 60_000 + 3 * DAY;

describe('idle-folding time axis', () => {
  it('folds a 3-day sleep between 30-second steps so the steps keep most of the width', () => {
    const axis = buildTimeAxis(busy, extent, { fold: true });
    expect(axis.segments.map((s) => s.folded)).toEqual([false, true, false]);
    const scale = viewScale(axis, [0, extent], 1000);
    // Each step spans about half the chart instead of 0.01 %.
    expect(scale.x(30_000)).toBeGreaterThan(480);
    expect(scale.x(extent) - scale.x(30_000 + 3 * DAY)).toBeGreaterThan(480);
  });

  it('is linear with folding off', () => {
    const axis = buildTimeAxis(busy, extent, { fold: false });
    expect(axis.segments).toHaveLength(1);
    expect(viewScale(axis, [0, extent], 1000).x(extent / 2)).toBeCloseTo(500);
  });

  it('invert() maps pixels back to real time, inside folded gaps too', () => {
    const axis = buildTimeAxis(busy, extent, { fold: true });
    const scale = viewScale(axis, [0, extent], 1000);
    for (const t of [0, 12_345, 30_000 + DAY, 45_000 + 3 * DAY, extent])
      expect(scale.invert(scale.x(t))).toBeCloseTo(t, 3);
  });

  it('leaves gaps under the threshold alone', () => {
    const axis = buildTimeAxis(
      [
        [0, 1000],
        [6000, 7000],
      ],
      7000,
      { fold: true },
    );
    expect(axis.segments.every((s) => !s.folded)).toBe(true);
  });
});
