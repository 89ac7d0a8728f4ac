import { expect, type Locator, type Page } from '@playwright/test';

/** The triage view: `/:accountId/workflows/:workflowName/errors`. */
export class ErrorsPage {
  readonly page: Page;
  readonly workflowName: string;

  constructor(page: Page, workflowName: string) {
    this.page = page;
    this.workflowName = workflowName;
  }

  static async open(page: Page, accountId: string, workflowName: string, search = ''): Promise<ErrorsPage> {
    await page.goto(`/${accountId}/workflows/${workflowName}/errors${search}`);
    const view = new ErrorsPage(page, workflowName);
    await expect(page.getByRole('heading', { level: 1, name: `Errors of ${workflowName}` })).toBeVisible();
    return view;
  }

  get progress(): Locator {
    return this.page.getByRole('status').filter({ hasText: /errored instances/ });
  }

  /** Waits until every errored instance of the range is grouped; returns how many there are. */
  async waitUntilGrouped(): Promise<number> {
    await expect(this.progress).toContainText(/Grouped [\d,]+ of [\d,]+ errored instances\./, {
      timeout: 20_000,
    });
    const text = (await this.progress.textContent()) ?? '';
    const [, grouped, total] = /Grouped ([\d,]+) of ([\d,]+)/.exec(text) ?? [];
    expect(grouped).toBe(total);
    return Number((total ?? '').replaceAll(',', ''));
  }

  get groupList(): Locator {
    return this.page.getByRole('list', { name: 'Error groups' });
  }

  get groups(): Locator {
    return this.groupList.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) });
  }

  /** Every group on screen: its id (from its link), count, error name and template. */
  async readGroups(): Promise<{ id: string; count: number; template: string }[]> {
    return this.groups.evaluateAll((items) =>
      items.map((item) => {
        const link = item.querySelector('h3 a');
        const href = link?.getAttribute('href') ?? '';
        const count = item.querySelector('[data-testid="group-count"]')?.textContent ?? '';
        return {
          id: new URL(href, location.href).searchParams.get('group') ?? '',
          count: Number(count.replace(/\D/g, '')),
          template: link?.textContent ?? '',
        };
      }),
    );
  }

  groupLink(template: string): Locator {
    return this.groupList.getByRole('link', { name: template, exact: true });
  }

  get instancesGrid(): Locator {
    return this.page.getByRole('grid', { name: `Instances of ${this.workflowName}` });
  }

  get compareTable(): Locator {
    return this.page.getByRole('table', { name: /Steps of the failed and the complete instance/ });
  }
}
