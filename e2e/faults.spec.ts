import type { Page } from '@playwright/test';
import { DEMO_ACCOUNT_ID } from '../simulator/index.ts';
import { expect, test } from './fixtures.ts';
import { type Spawned, spawnScript } from './support/spawn-server.ts';

/**
 * The main journeys on a demo upstream that fails often (PRODUCT.md's DEMO_FAULTS): rate limits, 500s,
 * malformed bodies, answers that never come, slow ones. Every screen must end in its data or a clear
 * message, never a blank page, and log nothing but the browser's own line for each failed request.
 */
const PORT = 5195;
let server: Spawned;

test.beforeAll(async () => {
  server = await spawnScript(
    'server/main.ts',
    {
      DEMO: '1',
      DEMO_SEED: '42',
      DEMO_INSTANCES: '3000',
      DEMO_FAULTS: '429=0.15,500=0.15,malformed=0.05,timeout=0.02,latency=50-1500',
      UPSTREAM_TIMEOUT_MS: '2000',
      HOST: '127.0.0.1',
      PORT: String(PORT),
    },
    `http://127.0.0.1:${PORT}/api/meta`,
  );
});

test.afterAll(async () => {
  await server?.stop();
});

/**
 * Waits for the screen's data or a message that says what went wrong (an error with Try again, or the
 * rate limit's wait counting down); returns which it was.
 */
async function settles(page: Page, data: ReturnType<Page['getByRole']>): Promise<'data' | 'message'> {
  const message = page
    .getByRole('alert')
    .or(page.getByRole('status').filter({ hasText: /Rate limited by the Cloudflare API: resuming in \d+ s/ }))
    .first();
  await expect(data.or(message).first()).toBeVisible({ timeout: 20_000 });
  if (await data.first().isVisible()) return 'data';
  await expect(message).not.toBeEmpty();
  return 'message';
}

test.describe.configure({ timeout: 120_000 });

test('every screen ends in its data or a clear message under injected faults', async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/^Failed to load resource: the server responded with a status of (429|500|502|504)/);
  const outcomes: string[] = [];
  for (let visit = 0; visit < 3; visit++) {
    await page.goto(`${server.url}/${DEMO_ACCOUNT_ID}/workflows`);
    outcomes.push(await settles(page, page.getByRole('table', { name: 'Workflows' })));

    await page.goto(`${server.url}/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment?status=errored`);
    const grid = page.getByRole('grid', { name: 'Instances of order-fulfilment' });
    const table = await settles(page, grid.getByRole('row').nth(1));
    outcomes.push(table);

    if (table === 'data') {
      await grid.getByRole('row').nth(1).getByRole('link').first().click();
      outcomes.push(await settles(page, page.getByRole('heading', { level: 1 })));
    }

    await page.goto(`${server.url}/${DEMO_ACCOUNT_ID}/workflows/order-fulfilment/errors`);
    outcomes.push(await settles(page, page.getByRole('heading', { level: 1 })));
    // Never a blank page: the app's frame is always there.
    await expect(page.getByRole('link', { name: 'Workflows Dashboard' })).toBeVisible();
  }
  // Faults are frequent, not total: some screens got their data.
  expect(outcomes).toContain('data');
});
