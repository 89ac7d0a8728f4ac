import type { Locator, Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The instance view's Gantt, its accessible treegrid and the side panel. */
export class GanttPage {
  readonly page: Page;
  readonly region: Locator;
  readonly grid: Locator;
  /** The focusable chart: W/S/A/D, e, r, f and the wheel act on it. */
  readonly chart: Locator;
  readonly panel: Locator;
  readonly shown: Locator;

  constructor(page: Page) {
    this.page = page;
    this.region = page.getByRole('region', { name: /^Gantt/ });
    this.grid = page.getByRole('treegrid', { name: 'Steps and attempts' });
    this.chart = page.getByRole('group', { name: /^Gantt chart:/ });
    this.panel = page.getByRole('complementary', { name: 'Selected step' });
    this.shown = this.region.getByText(/^Showing /);
  }

  static async open(
    page: Page,
    accountId: string,
    workflow: string,
    id: string,
    query = '',
  ): Promise<GanttPage> {
    await page.goto(`/${accountId}/workflows/${workflow}/instances/${encodeURIComponent(id)}${query}`);
    const gantt = new GanttPage(page);
    await gantt.grid.getByRole('row').first().waitFor();
    return gantt;
  }

  /** A step's row header: its name and what happened, e.g. "wait-1, sleep, wakes at +3 d 0 h". */
  rowHeader(name: string, prefix = ''): Locator {
    return this.grid.getByRole('rowheader', { name: new RegExp(`^${prefix}${escapeRegExp(name)}, `) });
  }

  /** Every attempt cell of a step ("charge-card-1, attempt 2 of 6, failed: …"). */
  attemptCells(name: string, prefix = ''): Locator {
    return this.grid.getByRole('gridcell', {
      name: new RegExp(`^${prefix}${escapeRegExp(name)}, attempt \\d+`),
    });
  }

  attemptCell(name: string, attempt: number, prefix = ''): Locator {
    return this.grid.getByRole('gridcell', {
      name: new RegExp(`^${prefix}${escapeRegExp(name)}, attempt ${attempt}( of \\d+)?, `),
    });
  }

  param(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }

  /** The `win=` window as numbers, or null. */
  window(): [number, number] | null {
    const win = this.param('win');
    if (!win) return null;
    const [a, b] = win.split(',').map(Number);
    return [a ?? 0, b ?? 0];
  }
}
