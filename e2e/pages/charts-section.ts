import { expect, type Locator, type Page } from '@playwright/test';

/** The charts above a workflow's instance table. */
export class ChartsSection {
  readonly page: Page;
  readonly root: Locator;
  readonly distribution: Locator;
  readonly overTime: Locator;
  readonly durations: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('#workflow-charts');
    this.distribution = page.getByRole('region', { name: 'Status distribution' });
    this.overTime = page.getByRole('region', { name: 'Instances over time by status' });
    this.durations = page.getByRole('region', { name: 'Durations' });
  }

  /** A status of the distribution's legend ("Errored 60 6.9%"). */
  statusLink(label: string): Locator {
    return this.distribution
      .getByRole('list', { name: 'Statuses of all retained instances' })
      .getByRole('link', { name: new RegExp(`^${label} `) });
  }

  /** The plotting area of the over-time chart (Recharts' SVG surface). */
  get overTimeSurface(): Locator {
    return this.overTime.locator('svg.recharts-surface').first();
  }

  /** Loads every instance of the range through the chart's "Load all in range", and waits for it. */
  async loadAll(): Promise<void> {
    const button = this.overTime.getByRole('button', { name: 'Load all in range' });
    await expect(this.overTime).toContainText(/Covers [\d,]+ of|All [\d,]+ instances in range/);
    if (await button.isVisible()) await button.click();
    await expect(this.overTime).toContainText(/All [\d,]+ instances in range/, { timeout: 20_000 });
  }

  /** "p50 1.25 min p95 3.24 min p99 1 h" of every finished instance. */
  async percentilesText(): Promise<string> {
    return (await this.durations.getByTestId('percentiles-all').textContent()) ?? '';
  }
}
