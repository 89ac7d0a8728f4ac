import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../scripts/chromium.ts';
const base = process.argv[2] ?? 'http://127.0.0.1:5181';
const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
for (let run = 0; run < 2; run++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(() => {
    (window as unknown as { shifts: unknown[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; startTime: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
        if (e.hadRecentInput) continue;
        (window as unknown as { shifts: unknown[] }).shifts.push({
          value: e.value.toFixed(4),
          t: Math.round(e.startTime),
          sources: e.sources.map((s) => `${(s.node as Element | undefined)?.outerHTML?.slice(0, 90) ?? s.node?.nodeName} ${s.previousRect.y}->${s.currentRect.y} h${s.previousRect.height}->${s.currentRect.height}`),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const meta = await (await fetch(`${base}/api/meta`)).json();
  await page.goto(`${base}/${meta.accounts[0].id}/workflows/order-fulfilment`);
  await page.waitForTimeout(5000);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: string }[] }).shifts);
  console.log('CLS', shifts.reduce((s, x) => s + Number(x.value), 0).toFixed(4));
  console.log(JSON.stringify(shifts, null, 1).slice(0, 4000));
  await page.close();
}
await browser.close();
