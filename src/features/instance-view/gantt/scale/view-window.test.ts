import { describe, expect, it } from 'vitest';
import { buildTimeAxis, viewScale } from './time-axis.ts';
import { fitWindow, panWindow, revealWindow, zoomWindow } from './view-window.ts';

const axis = buildTimeAxis([[0, 100_000]], 100_000, { fold: true });

describe('zoom and pan window math', () => {
  it('fit shows everything with a small margin', () => {
    const [a, b] = fitWindow(axis);
    expect(a).toBeLessThan(0);
    expect(b).toBeGreaterThan(100_000);
  });
  it('zooming keeps the time under the cursor under the cursor', () => {
    const win = [0, 100_000] as const;
    const before = viewScale(axis, win, 1000).invert(250);
    const zoomed = zoomWindow(axis, win, 0.5, 0.25);
    expect(zoomed[1] - zoomed[0]).toBeCloseTo(50_000);
    expect(viewScale(axis, zoomed, 1000).invert(250)).toBeCloseTo(before);
  });
  it('never zooms past 1 ms nor pans off the data', () => {
    let win = zoomWindow(axis, [0, 100_000], 1e-9, 0.5);
    expect(win[1] - win[0]).toBeCloseTo(1);
    win = panWindow(axis, [0, 50_000], 10);
    expect(win[1]).toBeCloseTo(102_000);
    expect(win[1] - win[0]).toBeCloseTo(50_000);
  });
  it('reveal keeps a window that already shows the target, else centres on it', () => {
    expect(revealWindow(axis, [0, 50_000], 10_000, 20_000)).toEqual([0, 50_000]);
    const moved = revealWindow(axis, [0, 10_000], 80_000, 82_000);
    expect(moved[0]).toBeLessThan(80_000);
    expect(moved[1]).toBeGreaterThan(82_000);
  });
});
