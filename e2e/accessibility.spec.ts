import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { apiGet, demoAccountId } from './api.ts';
import { expect, test } from './fixtures.ts';

/**
 * Every screen, in both themes, has no serious or critical violation of WCAG 2.1 AA, with
 * `label-content-name-mismatch` (a control's name must contain its visible text) switched on by its id:
 * axe tags it experimental, so the tags alone would skip it.
 */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
    }));
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('the workflows list, a workflow, an instance and the errors view', async ({ page, request }) => {
      // Four screens, each scanned whole by axe.
      test.setTimeout(120_000);
      const account = await demoAccountId(request);
      const errored = await apiGet<{ id: string }[]>(
        request,
        `/accounts/${account}/workflows/order-fulfilment/instances?status=errored&per_page=1`,
      );
      const screens: [string, string, () => Promise<void>][] = [
        [
          'workflows',
          `/${account}/workflows`,
          () => expect(page.getByRole('table', { name: 'Workflows' })).toBeVisible(),
        ],
        [
          'workflow',
          `/${account}/workflows/order-fulfilment`,
          () => expect(page.getByRole('grid', { name: 'Instances of order-fulfilment' })).toBeVisible(),
        ],
        [
          'instance',
          `/${account}/workflows/order-fulfilment/instances/${errored[0]?.id}`,
          () => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
        ],
        [
          'errors',
          `/${account}/workflows/order-fulfilment/errors`,
          () => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
        ],
      ];
      for (const [name, url, ready] of screens) {
        await page.goto(url);
        await ready();
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        expect(await violations(page), `${name} (${theme})`).toEqual([]);
      }
    });
  });
}

test('the theme is chosen in the header, remembered, and set before the app runs', async ({
  page,
  request,
  consoleGuard,
}) => {
  // The app's code, held back on purpose below.
  consoleGuard.allow(/Failed to load resource: net::ERR_FAILED/);
  const account = await demoAccountId(request);
  await page.goto(`/${account}/workflows`);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  // With the app's code held back, the page is already dark: no flash of the light theme.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.unroute('**/assets/*.js');
  await page.reload();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
});
