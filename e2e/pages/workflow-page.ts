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

  /** The rendered rows as (row index, instance id), top to bottom: rows are pooled, so DOM order is not. */
  async renderedRows(): Promise<{ index: number; id: string }[]> {
    await expect(this.rows.first()).toBeVisible();
    return this.rows.evaluateAll((rows) =>
      rows
        .map((row) => ({
          // aria-rowindex counts the header row as 1.
          index: Number(row.getAttribute('aria-rowindex')) - 2,
          // The id cell holds the instance's link (and a copy button).
          id: row.querySelector('[role="gridcell"]:first-child a')?.textContent?.trim() ?? '',
        }))
        .sort((a, b) => a.index - b.index),
    );
  }

  /** The instance ids of the rendered rows, top to bottom. */
  async visibleIds(): Promise<string[]> {
    return (await this.renderedRows()).map((row) => row.id);
  }
}
