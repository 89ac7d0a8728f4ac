import { startWorker } from '../worker/testing/wrangler-dev.ts';
import { apiGet, demoAccountId } from './api.ts';
import { expect, test as guarded } from './fixtures.ts';
import { InstancePage } from './pages/instance-page.ts';
import { WorkflowPage } from './pages/workflow-page.ts';
import { WorkflowsPage } from './pages/workflows-page.ts';

/**
 * The main journey once more, against the Worker on workerd (`wrangler dev` over the Vite build in dist/)
 * instead of the Node server: same app, same routes, demo account in its Durable Object.
 */
const test = guarded.extend<object, { workerUrl: string }>({
  workerUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const worker = await startWorker({ vars: { DEMO_SEED: '42', DEMO_INSTANCES: '3000' } });
      await use(worker.url);
      await worker.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ workerUrl }, use) => use(workerUrl),
});

test('walks from the workflows list to an instance and back, served by the Worker', async ({
  page,
  request,
}) => {
  const accountId = await demoAccountId(request);
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/${accountId}/workflows$`));
  await expect(page.getByRole('region', { name: 'Demo mode' })).toBeVisible();

  const list = new WorkflowsPage(page);
  await expect(list.workflowLink('order-fulfilment')).toBeVisible();
  await list.workflowLink('order-fulfilment').click();
  const workflow = new WorkflowPage(page, 'order-fulfilment');
  await expect(workflow.heading).toBeVisible();

  const newest = await apiGet<{ id: string }[]>(
    request,
    `/accounts/${accountId}/workflows/order-fulfilment/instances?per_page=1`,
  );
  const firstId = newest[0]?.id ?? '';
  await expect(workflow.rows.first()).toContainText(firstId);
  await workflow.rows.first().click();
  await expect(page).toHaveURL(new RegExp(`/instances/${firstId}$`));
  const instance = new InstancePage(page);
  await expect(instance.heading(firstId)).toBeVisible();
  // The Gantt's step grid: a row per step.
  await expect(instance.steps.getByRole('row').first()).toBeVisible();

  // A deep link reloads through the Worker's single-page fallback.
  await page.reload();
  await expect(instance.heading(firstId)).toBeVisible();
  await page.goBack();
  await expect(workflow.heading).toBeVisible();
});
