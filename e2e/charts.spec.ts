import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { formatCount, formatDurationShort } from '../src/lib/chart-data/format-chart.ts';
import { demoAccountId, listAll, recordResults } from './api.ts';
import { expect, test } from './fixtures.ts';
import { ChartsSection } from './pages/charts-section.ts';
import { WorkflowPage } from './pages/workflow-page.ts';
import { WorkflowsPage } from './pages/workflows-page.ts';

const WORKFLOW = 'order-fulfilment';
const SHOTS = '/tmp/charts-shots';
mkdirSync(SHOTS, { recursive: true });

interface ListedTimes {
  status: string;
  started_on: string | null;
  ended_on: string | null;
}

const nearestRank = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] ?? 0;

test('a status of the distribution filters the table, and a second click clears it', async ({
  page,
  request,
}) => {
  const accountId = await demoAccountId(request);
  const view = await WorkflowPage.open(page, accountId, WORKFLOW);
  const charts = new ChartsSection(page);
  await charts.statusLink('Errored').click();
  await expect(page).toHaveURL(/[?&]status=errored(&|$)/);
  await expect(view.rows.first()).toBeVisible();
  const statuses = await view.rows.evaluateAll((rows) =>
    rows.map((row) => row.querySelector('[role="gridcell"]:nth-child(2)')?.textContent?.trim()),
  );
  expect(new Set(statuses)).toEqual(new Set(['Errored']));
  await page.screenshot({ path: `${SHOTS}/filtered-errored.png` });
  await charts.statusLink('Errored').click();
  await expect(page).not.toHaveURL(/status=/);
});

test('dragging across the chart sets the range in the URL', async ({ page, request }) => {
  const accountId = await demoAccountId(request);
  await WorkflowPage.open(page, accountId, WORKFLOW, '?range=24h');
  const charts = new ChartsSection(page);
  const box = await charts.overTimeSurface.boundingBox();
  if (!box) throw new Error('the over-time chart has no box');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d\d-\d\dT[\d:]+Z&to=\d{4}-\d\d-\d\dT[\d:]+Z/);
  await expect(page).not.toHaveURL(/range=24h/);
});

test('p50, p95 and p99 on the page are those of the API’s finished instances', async ({ page, request }) => {
  test.setTimeout(90_000);
  const accountId = await demoAccountId(request);
  const charts = new ChartsSection(page);
  // The demo account is alive: an instance can finish between the page's read and the test's. A
  // mismatch is retried from a fresh page; a wrong computation fails every attempt.
  await expect(async () => {
    await WorkflowPage.open(page, accountId, WORKFLOW);
    await charts.loadAll();
    const shown = await charts.percentilesText();
    const rows = (await listAll(request, accountId, WORKFLOW)) as unknown as ListedTimes[];
    const durations = rows
      .filter((row) => row.started_on && row.ended_on)
      .map((row) => Math.max(0, Date.parse(row.ended_on ?? '') - Date.parse(row.started_on ?? '')))
      .sort((a, b) => a - b);
    const expected = `p50 ${formatDurationShort(nearestRank(durations, 50))} p95 ${formatDurationShort(
      nearestRank(durations, 95),
    )} p99 ${formatDurationShort(nearestRank(durations, 99))}`;
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(expected);
    await expect(charts.durations).toContainText(`All finished (${formatCount(durations.length)})`, {
      timeout: 1000,
    });
  }).toPass({ timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/all-loaded.png` });
});

test('every chart shows its numbers as a table', async ({ page, request }) => {
  const accountId = await demoAccountId(request);
  await WorkflowPage.open(page, accountId, WORKFLOW, '?range=7d');
  const charts = new ChartsSection(page);
  for (const region of [charts.distribution, charts.overTime, charts.durations]) {
    const toggle = region.getByRole('button', { name: 'Show as table' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(region.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  }
  await page.screenshot({ path: `${SHOTS}/as-tables.png` });
});

test('the charts have no serious or critical accessibility violation', async ({ page, request }) => {
  const accountId = await demoAccountId(request);
  await WorkflowPage.open(page, accountId, WORKFLOW, '?range=7d');
  const charts = new ChartsSection(page);
  await expect(charts.durations.getByTestId('percentiles-all')).toContainText('p50');
  await page.screenshot({ path: `${SHOTS}/workflow-light.png` });
  const scan = async () => {
    const results = await new AxeBuilder({ page })
      .include('#workflow-charts')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await scan()).toEqual([]);
  await charts.overTime.getByRole('button', { name: 'Show as table' }).click();
  expect(await scan()).toEqual([]);
});

test('the workflows list shows the API’s counts and sorts the workflow in trouble to the top', async ({
  page,
  request,
}) => {
  const accountId = await demoAccountId(request);
  // The demo account is alive: instances move from queued to running between any two reads, so the
  // page is compared with the list response it rendered (the last one, should it refresh), not with a
  // second read taken at another moment.
  const listings = recordResults<{ name: string; instances: Record<string, number> }[]>(
    page,
    `/accounts/${accountId}/workflows`,
  );
  await page.goto(`/${accountId}/workflows?sort=-errored`);
  const list = new WorkflowsPage(page);
  await expect(list.table).toBeVisible();
  await expect(async () => {
    const workflows = listings.at(-1);
    expect(workflows, 'the page read the workflows list').toBeDefined();
    if (!workflows) return;
    expect(workflows.length).toBeGreaterThan(1);
    const names = await list.table.locator('tbody th').allInnerTexts();
    const byErrored = [...workflows].sort(
      (a, b) => (b.instances.errored ?? 0) - (a.instances.errored ?? 0) || a.name.localeCompare(b.name),
    );
    expect(names).toEqual(byErrored.map((w) => w.name));
    for (const workflow of workflows) {
      const row = list.table
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: workflow.name, exact: true }) });
      const label = await row.getByRole('img').getAttribute('aria-label');
      for (const [status, count] of Object.entries(workflow.instances).filter(([, n]) => n > 0)) {
        const name =
          status === 'waitingForPause'
            ? 'Waiting for pause'
            : status === 'rollingBack'
              ? 'Rolling back'
              : status[0]?.toUpperCase() + status.slice(1);
        expect(label).toMatch(new RegExp(`${name} ${formatCount(count)}(,|$)`));
      }
    }
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole('columnheader', { name: /Errored/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.screenshot({ path: `${SHOTS}/workflows-list.png`, fullPage: true });
});
