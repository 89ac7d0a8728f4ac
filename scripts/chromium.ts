/**
 * How every browser this project starts (Playwright e2e, the bench, screenshots) launches Chromium:
 * Debian's build (TOOLCHAIN.md; CHROMIUM_PATH overrides it) kept off the network, so only loopback resolves.
 */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
