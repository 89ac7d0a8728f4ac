import type { Locator, Page } from '@playwright/test';

/** One instance: `/:accountId/workflows/:workflowName/instances/:instanceId`. */
export class InstancePage {
  readonly page: Page;
  /** The Gantt's accessible structure: a row per step, a cell per attempt. */
  readonly steps: Locator;

  constructor(page: Page) {
    this.page = page;
    this.steps = page.getByRole('treegrid', { name: 'Steps and attempts' });
  }

  heading(instanceId: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: instanceId });
  }
}
