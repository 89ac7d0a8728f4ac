import AxeBuilder from '@axe-core/playwright';
import { apiGet, demoAccountId } from './api.ts';
import { expect, test } from './fixtures.ts';
import { findSubject } from './gantt-subjects.ts';
import { GanttPage } from './pages/gantt-page.ts';

const LARGE_10K = 'large-import-10000-steps';

test.describe('the instance Gantt', () => {
  test('a step retried then succeeded: an attempt cell per attempt, backoff between them', async ({
    page,
    request,
  }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'retriedThenSucceeded');
    const gantt = await GanttPage.open(page, accountId, s.workflow, s.id);
    const name = s.entry.name ?? '';
    const count = s.entry.attempts?.length ?? 0;
    await expect(gantt.attemptCells(name)).toHaveCount(count);
    await expect(gantt.attemptCell(name, 1)).toHaveAccessibleName(/, failed(: \w+)? after .+, then backoff /);
    await expect(gantt.attemptCell(name, count)).toHaveAccessibleName(
      new RegExp(`attempt ${count} of \\d+, succeeded in `),
    );
    await expect(gantt.rowHeader(name)).toHaveAccessibleName(new RegExp(`succeeded, ${count} attempts`));
  });

  test('exhausted retries: every attempt failed, the budget is spent', async ({ page, request }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'exhausted');
    const gantt = await GanttPage.open(page, accountId, s.workflow, s.id);
    const name = s.entry.name ?? '';
    const count = s.entry.attempts?.length ?? 0;
    const last = s.entry.attempts?.at(-1)?.error?.name ?? '';
    await expect(gantt.attemptCells(name)).toHaveCount(count);
    await expect(gantt.attemptCell(name, count)).toHaveAccessibleName(
      new RegExp(`attempt ${count} of ${count}, failed: ${last}`),
    );
    await expect(gantt.rowHeader(name)).toHaveAccessibleName(/, failed, /);
  });

  test('a timed-out wait and a long sleep say so in words', async ({ page, request }) => {
    const accountId = await demoAccountId(request);
    const wait = await findSubject(request, accountId, 'timedOutWait');
    let gantt = await GanttPage.open(page, accountId, wait.workflow, wait.id);
    await expect(gantt.rowHeader(wait.entry.name ?? '')).toHaveAccessibleName(/waitForEvent .+, timed out$/);
    const sleep = await findSubject(request, accountId, 'longSleep');
    gantt = await GanttPage.open(page, accountId, sleep.workflow, sleep.id);
    await expect(gantt.rowHeader(sleep.entry.name ?? '')).toHaveAccessibleName(/, sleep, wakes at \+\d+ d/);
  });

  test('a terminated instance with rollback: its rollback lane and the outcome', async ({
    page,
    request,
  }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'terminatedWithRollback');
    const gantt = await GanttPage.open(page, accountId, s.workflow, s.id);
    await expect(gantt.grid.getByRole('rowheader', { name: /^rollback / }).first()).toBeVisible();
    await expect(gantt.attemptCells(s.entry.name ?? '', 'rollback ').first()).toBeVisible();
    if (s.detail.steps.some((e) => e.type === 'termination'))
      await expect(gantt.grid.getByRole('rowheader', { name: /terminated by \w+/ })).toBeVisible();
    await expect(page.getByText(`Rollback ${s.detail.rollback?.outcome ?? ''}`)).toBeVisible();
  });

  test('an attempt opens in the side panel with its /step output, and its link reopens it', async ({
    page,
    request,
    browser,
  }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'exhausted');
    const name = s.entry.name ?? '';
    const gantt = await GanttPage.open(page, accountId, s.workflow, s.id);
    await gantt.attemptCell(name, 2).click();
    await expect.poll(() => gantt.param('attempt')).toBe('2');
    expect(gantt.param('step')).toBe(name);
    const path = `/accounts/${accountId}/workflows/${s.workflow}/instances/${s.id}/step`;
    const output = await apiGet<{ status: string; error: { name: string; message: string } | null }>(
      request,
      `${path}?name=${encodeURIComponent(name)}&type=step&attempt=2`,
    );
    await expect(gantt.panel.getByRole('heading', { name })).toBeVisible();
    await expect(gantt.panel).toContainText(/attempt 2 of \d+/);
    await expect(gantt.panel).toContainText(`status ${output.status}`);
    if (output.error)
      await expect(gantt.panel.getByRole('region', { name: 'Error' }).first()).toContainText(
        output.error.name,
      );

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(page.url());
    const reopened = new GanttPage(other);
    await expect(reopened.panel).toContainText(/attempt 2 of \d+/);
    await expect(reopened.attemptCell(name, 2)).toHaveAttribute('aria-selected', 'true');
    await fresh.close();
  });

  test('zoom, pan and fit by keys and wheel; a zoomed window survives a fresh context', async ({
    page,
    request,
    browser,
  }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'retriedThenSucceeded');
    const gantt = await GanttPage.open(page, accountId, s.workflow, s.id);
    await expect(gantt.shown).toHaveText('Showing the whole instance');
    await gantt.chart.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('w');
    await expect.poll(() => gantt.window()).not.toBeNull();
    const zoomed = gantt.window() ?? [0, 0];
    await page.keyboard.press('d');
    await expect.poll(() => gantt.window()?.[0] ?? 0).toBeGreaterThan(zoomed[0]);
    const box = await gantt.chart.boundingBox();
    await page.mouse.move((box?.x ?? 0) + 700, (box?.y ?? 0) + 60);
    const before = gantt.window() ?? [0, 0];
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => span(gantt.window())).toBeLessThan(span(before));
    expect(await page.evaluate(() => [window.scrollX, window.visualViewport?.scale ?? 1])).toEqual([0, 1]);

    const url = page.url();
    const text = await gantt.shown.textContent();
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await expect(new GanttPage(other).shown).toHaveText(text ?? '');
    expect(other.url()).toBe(url);
    await fresh.close();

    await gantt.chart.focus();
    await page.keyboard.press('f');
    await expect.poll(() => gantt.window()?.[0]).toBe(0);
  });

  test('the chart follows the page: a narrower window repaints its bars narrower', async ({
    page,
    request,
  }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'retriedThenSucceeded');
    await page.setViewportSize({ width: 1400, height: 900 });
    const gantt = await GanttPage.open(page, accountId, s.workflow, s.id);
    const bars = gantt.chart.locator('canvas');
    const drawn = () =>
      bars.evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? {};
        let opaque = 0;
        for (let i = 3; i < (data?.length ?? 0); i += 4) if ((data?.[i] ?? 0) > 0) opaque++;
        return { css: canvas.getBoundingClientRect().width, backing: canvas.width, opaque };
      });
    const wide = await drawn();
    expect(wide.opaque).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1000, height: 900 });
    await expect.poll(async () => (await drawn()).css).toBeLessThan(wide.css - 300);
    const narrow = await drawn();
    expect(narrow.backing).toBe(Math.round(narrow.css * (await page.evaluate(() => devicePixelRatio))));
    expect(narrow.opaque).toBeGreaterThan(0);
  });

  test('keyboard: arrows walk rows and attempts, Escape clears', async ({ page, request }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'terminatedWithRollback');
    const gantt = await GanttPage.open(page, accountId, s.workflow, s.id);
    const keys = await gantt.grid
      .getByRole('rowheader')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('title')));
    // Several steps, the second a step.do with attempts (validate, reserve, charge… then rollbacks).
    expect(keys.length).toBeGreaterThan(2);
    await gantt.grid.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => gantt.param('step')).toBe(keys[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => gantt.param('step')).toBe(keys[1]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => gantt.param('attempt')).toBe('1');
    await expect(gantt.panel).toContainText('attempt 1');
    await page.keyboard.press('Escape');
    await expect.poll(() => gantt.param('step')).toBeNull();
    await expect(gantt.panel).toHaveCount(0);
  });

  test('10,000 steps: a window of rows in the DOM, every attempt named, End reaches the last', async ({
    page,
    request,
  }) => {
    const accountId = await demoAccountId(request);
    const detail = await apiGet<{ steps: { name?: string }[] }>(
      request,
      `/accounts/${accountId}/workflows/large-import/instances/${LARGE_10K}?order=desc`,
    );
    const last = detail.steps[0]?.name ?? '';
    const gantt = await GanttPage.open(page, accountId, 'large-import', LARGE_10K);
    await expect(gantt.region).toHaveAccessibleName(/^Gantt chart of 10,?\d{3} steps/);
    expect(await gantt.grid.getByRole('row').count()).toBeLessThan(100);
    await expect(gantt.grid.getByRole('gridcell').first()).toHaveAccessibleName(/, attempt 1/);
    await gantt.grid.focus();
    await page.keyboard.press('End');
    await expect(gantt.rowHeader(last)).toBeVisible();
    expect(await gantt.grid.getByRole('row').count()).toBeLessThan(100);
  });

  test("an instance's link brings the instance view's code with the page, not after the app has started", async ({
    page,
    request,
  }) => {
    const accountId = await demoAccountId(request);
    const gantt = await GanttPage.open(page, accountId, 'large-import', LARGE_10K);
    await expect(gantt.region).toBeVisible();
    const loaded = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const named = (pattern: RegExp) =>
        entries.filter((entry) => pattern.test(new URL(entry.name).pathname));
      return {
        startUpDone: named(/^\/assets\/index-[\w-]+\.js$/).map((entry) => entry.responseEnd),
        viewCode: named(/^\/assets\/(instance-page|gantt-view)-[\w-]+\.js$/).map((entry) => ({
          path: new URL(entry.name).pathname,
          start: entry.startTime,
        })),
        preloads: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
          (link) => new URL(link.href).pathname,
        ),
      };
    });
    // Each asked for once, by the page's own modulepreload tags (the server adds them), before the app's
    // start-up chunk had even arrived, let alone run and imported them.
    expect(loaded.viewCode).toHaveLength(2);
    expect(loaded.startUpDone).toHaveLength(1);
    for (const chunk of loaded.viewCode) {
      expect(loaded.preloads).toContain(chunk.path);
      expect(chunk.start).toBeLessThan(loaded.startUpDone[0] ?? 0);
    }
  });

  test('the way back returns to the table exactly as it was left', async ({ page, request }) => {
    const accountId = await demoAccountId(request);
    await page.goto(`/${accountId}/workflows/order-fulfilment?status=errored`);
    const row = page.getByRole('grid').getByRole('row').nth(1);
    await row.click();
    const gantt = new GanttPage(page);
    await gantt.grid.getByRole('gridcell').first().click();
    await expect.poll(() => gantt.param('step')).not.toBeNull();
    await page.getByRole('link', { name: 'Back to order-fulfilment instances' }).click();
    await expect(page).toHaveURL(new RegExp(`/${accountId}/workflows/order-fulfilment\\?status=errored$`));
  });

  test('a running instance refreshes live and keeps the zoom and the selection', async ({
    page,
    request,
  }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'running');
    const name = s.entry.name ?? '';
    const query = `?step=${encodeURIComponent(name)}&attempt=1&win=0,30000`;
    const gantt = await GanttPage.open(page, accountId, s.workflow, s.id, query);
    await expect(page.getByText(/^Live — refreshing/)).toBeVisible();
    await expect(gantt.panel.getByRole('heading', { name })).toBeVisible();
    const url = page.url();
    // The next poll of the same instance (every 5 s while it runs).
    await page.waitForResponse((r) => r.url().includes(`/instances/${s.id}?`), { timeout: 12_000 });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(url);
    await expect(gantt.shown).toHaveText('Showing 0 ms to 30 s after queued');
    await expect(gantt.panel).toContainText(/attempt 1/);
    await expect(gantt.attemptCell(name, 1)).toHaveAttribute('aria-selected', 'true');
  });

  test('no serious accessibility violations with an attempt selected', async ({ page, request }) => {
    const accountId = await demoAccountId(request);
    const s = await findSubject(request, accountId, 'exhausted');
    await GanttPage.open(
      page,
      accountId,
      s.workflow,
      s.id,
      `?step=${encodeURIComponent(s.entry.name ?? '')}&attempt=1`,
    );
    await expect(new GanttPage(page).panel).toContainText('attempt 1');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

function span(window: [number, number] | null): number {
  return window ? window[1] - window[0] : Number.POSITIVE_INFINITY;
}
