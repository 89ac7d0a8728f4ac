/**
 * Cumulative layout shift of a page load, read in the page (the e2e suite and the bench share it): every
 * `layout-shift` entry since navigation (buffered) that no input caused, with the elements that moved.
 */
import type { Page } from '@playwright/test';

export interface LayoutShifts {
  /** The sum of the entries' values: the load's CLS (one load is one session window or a few). */
  total: number;
  /** Each shift: when (ms since navigation), its score, and which elements moved from where to where. */
  entries: { at: number; value: number; sources: string[] }[];
}

interface ShiftWindow {
  __layoutShifts: LayoutShifts;
  /** Adds the entries the observer holds but has not yet delivered. */
  __flushLayoutShifts: () => void;
}

/** Starts recording before any of the page's scripts run; call before `page.goto`. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: LayoutShifts = { total: 0, entries: [] };
    (window as unknown as ShiftWindow).__layoutShifts = shifts;
    const nameOf = (node: Node | null) => {
      if (!(node instanceof Element)) return node ? '#text' : '(removed)';
      const label = node.getAttribute('aria-label') ?? node.id;
      return `${node.tagName.toLowerCase()}${label ? `[${label}]` : ''} "${(node.textContent ?? '').slice(0, 40)}"`;
    };
    const rect = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    const add = (list: PerformanceEntryList) => {
      for (const entry of list) {
        const shift = entry as PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        };
        if (shift.hadRecentInput) continue;
        shifts.total += shift.value;
        shifts.entries.push({
          at: Math.round(shift.startTime),
          value: shift.value,
          sources: shift.sources.map(
            (s) => `${nameOf(s.node)} ${rect(s.previousRect)} -> ${rect(s.currentRect)}`,
          ),
        });
      }
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    (window as unknown as ShiftWindow).__flushLayoutShifts = () => add(observer.takeRecords());
  });
}

/** The shifts so far, after two animation frames (so that the last layout has been reported). */
export async function readLayoutShifts(page: Page): Promise<LayoutShifts> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    const shiftWindow = window as unknown as ShiftWindow;
    shiftWindow.__flushLayoutShifts();
    return shiftWindow.__layoutShifts;
  });
}
