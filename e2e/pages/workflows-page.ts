import type { Locator, Page } from '@playwright/test';

/** The workflows list: `/:accountId/workflows`. */
export class WorkflowsPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Workflows' });
  }

  workflowLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true });
  }
}
