import type { Config } from './config.ts';

/** The one line printed on start. Names mode and accounts, never a credential. */
export function startupLine(url: string, config: Config, demoAccountName = 'Demo'): string {
  if (config.mode === 'demo') {
    const count = config.demo.instances.toLocaleString('en-US');
    return `Workflows dashboard on ${url} — demo mode (account ${demoAccountName}, ${count} simulated instances)`;
  }
  return `Workflows dashboard on ${url} — live mode (accounts: ${config.accountIds.join(', ')})`;
}
