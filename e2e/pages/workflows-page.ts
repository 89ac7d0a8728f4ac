import type { Locator, Page } from '@playwright/test';

/** The workflows list: `/:accountId/workflows`. */
export class WorkflowsPage {
  readonly page: Page;
  readonly table: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByRole('table', { name: 'Workflows' });
  }

  workflowLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }
}
