import { test as base, expect } from '@playwright/test';

interface ConsoleGuard {
  /** Allows console errors matching `pattern` in this test only (e.g. the browser's own line for an expected 404). */
  allow(pattern: RegExp): void;
}

/** Every e2e test fails on a console error or an uncaught page error, unless the test expected it. */
export const test = base.extend<{ consoleGuard: ConsoleGuard }>({
  consoleGuard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use({ allow: (pattern) => allowed.push(pattern) });
      const unexpected = errors.filter((text) => !allowed.some((pattern) => pattern.test(text)));
      expect(unexpected, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
