import AxeBuilder from '@axe-core/playwright';
import { apiGet, demoAccountId, listAll } from './api.ts';
import { expect, test } from './fixtures.ts';
import { ErrorsPage } from './pages/errors-page.ts';

const WORKFLOW = 'order-fulfilment';
// Each test lists and groups a month of errored instances (details one request each) on a shared 2-core
// machine, and the first also runs axe: give them room beyond the default 30 s.
test.describe.configure({ timeout: 60_000 });
const HOUR = 3_600_000;
/** A range that ended hours ago: instances in it are final, so the API and the page count the same set. */
function pastRange(): { from: string; to: string; search: string } {
  const to = new Date(Math.floor((Date.now() - 6 * HOUR) / 60_000) * 60_000);
  const from = new Date(to.getTime() - 30 * 24 * HOUR);
  const iso = (date: Date) => date.toISOString().replace('.000Z', 'Z');
  return { from: iso(from), to: iso(to), search: `?from=${iso(from)}&to=${iso(to)}` };
}

/** A template as a pattern its real messages match: the marked parts may be anything. */
const templatePattern = (template: string) =>
  new RegExp(
    `^${template
      .split(/<(?:str|url|email|uuid|time|ip|amount|duration|size|hex|path|id|num)>/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+?')}$`,
  );

test('the groups add up to the errored instances of the range, and the page passes axe', async ({
  page,
  request,
}) => {
  const accountId = await demoAccountId(request);
  const range = pastRange();
  // An instance of the range can still error between the page's read and the test's (the demo account
  // is alive): a mismatch is retried from a fresh page, a wrong count fails every attempt.
  let errors: ErrorsPage | undefined;
  let total = 0;
  await expect(async () => {
    errors = await ErrorsPage.open(page, accountId, WORKFLOW, range.search);
    total = await errors.waitUntilGrouped();
    const errored = (await listAll(request, accountId, WORKFLOW, 'errored')).filter(
      (row) => row.created_on >= range.from && row.created_on < range.to,
    );
    expect(total).toBe(errored.length);
  }).toPass({ timeout: 25_000 });
  if (!errors) throw new Error('the errors page did not open');
  expect(total).toBeGreaterThan(10);
  const groups = await errors.readGroups();
  expect(groups.length).toBeGreaterThan(2);
  expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(total);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('opening a group lists exactly its instances, with their real errors', async ({ page, request }) => {
  const accountId = await demoAccountId(request);
  const errors = await ErrorsPage.open(page, accountId, WORKFLOW, pastRange().search);
  await errors.waitUntilGrouped();
  const groups = await errors.readGroups();
  // The smallest group with more than one instance: all its rows fit in the table without scrolling.
  const group = [...groups].reverse().find((g) => g.count > 1) ?? groups[0];
  if (!group) throw new Error('no group');
  await errors.groupLink(group.template).click();
  await expect(page).toHaveURL(new RegExp(`group=${group.id}`));
  await expect(
    page.getByRole('heading', {
      level: 3,
      name: `${group.count} ${group.count === 1 ? 'instance' : 'instances'} in this group`,
    }),
  ).toBeVisible();
  const rows = errors.instancesGrid.getByRole('rowgroup').nth(1).getByRole('row');
  await expect(rows).toHaveCount(group.count);
  const ids = await rows.evaluateAll((list) =>
    list.map((row) => row.querySelector('[role="gridcell"]:first-child a')?.textContent?.trim() ?? ''),
  );
  expect(new Set(ids).size).toBe(group.count);
  const pattern = templatePattern(group.template);
  for (const id of ids) {
    const detail = await apiGet<{ status: string; error: { message: string } | null }>(
      request,
      `/accounts/${accountId}/workflows/${WORKFLOW}/instances/${id}`,
    );
    expect(detail.status).toBe('errored');
    expect(detail.error?.message ?? '').toMatch(pattern);
  }
  const representative = page.getByRole('link', {
    name: 'Open a representative instance at its failing attempt',
  });
  await expect(representative).toHaveAttribute('href', new RegExp(`/instances/${ids[0]}\\?step=`));
});

test('a group URL opens the same group in a fresh browser, with a compare showing where it diverges', async ({
  page,
  browser,
  request,
}) => {
  const accountId = await demoAccountId(request);
  const errors = await ErrorsPage.open(page, accountId, WORKFLOW, pastRange().search);
  await errors.waitUntilGrouped();
  const [group] = await errors.readGroups();
  if (!group) throw new Error('no group');
  await errors.groupLink(group.template).click();
  await expect(page.getByRole('heading', { level: 2, name: group.template })).toBeVisible();
  const url = page.url();

  const fresh = await browser.newContext({ timezoneId: 'UTC', locale: 'en-US' });
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 2, name: group.template })).toBeVisible({
    timeout: 20_000,
  });
  await expect(
    other.getByRole('heading', {
      level: 3,
      name: `${group.count} ${group.count === 1 ? 'instance' : 'instances'} in this group`,
    }),
  ).toBeVisible();
  expect(other.url()).toBe(url);
  await fresh.close();

  const diverging = errors.compareTable.getByRole('row').filter({ hasText: 'diverges here' });
  await expect(diverging).toHaveCount(1, { timeout: 15_000 });
  const step = await page
    .locator('#group-heading')
    .locator('xpath=..')
    .getByText(/^step /)
    .textContent();
  const stepName = (step ?? '').replace(/^step /, '');
  await expect(diverging.getByRole('rowheader')).toContainText(stepName);
  await expect(diverging.getByRole('cell').first()).toContainText(/failed|timed out/);
});

test('the groups CSV has one row per errored instance and matches the groups on screen', async ({
  page,
  request,
}) => {
  const accountId = await demoAccountId(request);
  const errors = await ErrorsPage.open(page, accountId, WORKFLOW, pastRange().search);
  const total = await errors.waitUntilGrouped();
  const groups = await errors.readGroups();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export groups (CSV)' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const { parseCsv } = await import('../src/lib/csv.ts');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  expect(header).toEqual([
    'group_id',
    'instance_id',
    'created_on',
    'step',
    'error_name',
    'template',
    'message',
  ]);
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((row) => row[1])).size).toBe(total);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row[0] ?? '', (counts.get(row[0] ?? '') ?? 0) + 1);
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(groups.map((g) => [g.id, g.count])));
  for (const row of rows) {
    const group = groups.find((g) => g.id === row[0]);
    expect(row[5]).toBe(group?.template);
    expect(row[6] ?? '').toMatch(templatePattern(row[5] ?? ''));
  }
});
