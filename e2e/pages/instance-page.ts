import type { Locator, Page } from '@playwright/test';

/** One instance: `/:accountId/workflows/:workflowName/instances/:instanceId`. */
export class InstancePage {
  readonly page: Page;
  readonly steps: Locator;

  constructor(page: Page) {
    this.page = page;
    this.steps = page.getByRole('list', { name: 'Steps' });
  }

  heading(instanceId: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: instanceId });
  }
}
