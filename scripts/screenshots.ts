/**
 * Takes screenshots of the main views against a running server (default http://127.0.0.1:5173) into
 * screenshots/ (and the README's picture into docs/), in the light and the dark theme (the browser's
 * colour scheme, which the default "System" theme follows). Usage: node scripts/screenshots.ts [baseUrl]
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './chromium.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:5173';
mkdirSync('screenshots', { recursive: true });
mkdirSync('docs', { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
for (const theme of ['light', 'dark'] as const) {
  const page = await browser.newPage({
    viewport: { width: 1440, height: 900 },
    timezoneId: 'UTC',
    colorScheme: theme,
  });
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('console error:', m.text());
  });
  const meta = (await (await fetch(`${base}/api/meta`)).json()) as { accounts: { id: string }[] };
  const account = meta.accounts[0]?.id ?? '';

  const shots: [string, string][] = [
    ['workflows', `${base}/${account}/workflows`],
    ['workflow', `${base}/${account}/workflows/order-fulfilment`],
    [
      'workflow-filtered',
      `${base}/${account}/workflows/order-fulfilment?status=errored,terminated&sort=-duration`,
    ],
    [
      'workflow-bad-url',
      `${base}/${account}/workflows/order-fulfilment?status=bogus&from=yesterday&cols=nope`,
    ],
    ...(process.argv.slice(3).map((p, i) => [`extra-${i}`, `${base}${p}`]) as [string, string][]),
  ];
  for (const [name, url] of shots) {
    await page.goto(url);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `screenshots/${name}-${theme}.png` });
    console.log(`screenshots/${name}-${theme}.png`);
  }
  // The newest errored order: an instance with retries and an error.
  const errored = (await (
    await fetch(
      `${base}/api/client/v4/accounts/${account}/workflows/order-fulfilment/instances?status=errored&per_page=1`,
    )
  ).json()) as { result: { id: string }[] };
  const erroredId = errored.result[0]?.id;
  if (erroredId) {
    await page.goto(`${base}/${account}/workflows/order-fulfilment/instances/${erroredId}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `screenshots/instance-${theme}.png`, fullPage: true });
    console.log(`screenshots/instance-${theme}.png`);
  }
  if (theme === 'light') {
    await page.goto(`${base}/${account}/workflows/order-fulfilment`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'docs/screenshot-table.png' });
  }
  await page.close();
}
await browser.close();
