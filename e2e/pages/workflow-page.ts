import { expect, type Locator, type Page } from '@playwright/test';

/** A workflow's page with its instance table: `/:accountId/workflows/:workflowName`. */
export class WorkflowPage {
  readonly page: Page;
  readonly workflowName: string;
  readonly grid: Locator;

  constructor(page: Page, workflowName: string) {
    this.page = page;
    this.workflowName = workflowName;
    this.grid = page.getByRole('grid', { name: `Instances of ${workflowName}` });
  }

  static async open(page: Page, accountId: string, workflowName: string, search = ''): Promise<WorkflowPage> {
    await page.goto(`/${accountId}/workflows/${workflowName}${search}`);
    const view = new WorkflowPage(page, workflowName);
    await expect(view.heading).toBeVisible();
    return view;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.workflowName });
  }

  /** Data rows (the header row excluded). */
  get rows(): Locator {
    return this.grid.getByRole('rowgroup').nth(1).getByRole('row');
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  }

  /** The instance ids of the rendered rows, top to bottom (rows are pooled, so DOM order is not row order). */
  async visibleIds(): Promise<string[]> {
    await expect(this.rows.first()).toBeVisible();
    return this.rows.evaluateAll((rows) =>
      rows
        .map((row) => ({
          index: Number(row.getAttribute('aria-rowindex')),
          // The id cell holds the instance's link (and a copy button).
          id: row.querySelector('[role="gridcell"]:first-child a')?.textContent?.trim() ?? '',
        }))
        .sort((a, b) => a.index - b.index)
        .map((row) => row.id),
    );
  }
}
