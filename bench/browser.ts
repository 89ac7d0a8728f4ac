import { type Browser, chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from '../scripts/chromium.ts';

/** The same Chromium, kept off the network, as the e2e suite. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
}
