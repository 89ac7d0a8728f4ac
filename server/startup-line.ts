import type { Config } from './config.ts';

/** The one line printed on start. Names mode, accounts and whether writes are on, never a credential. */
export function startupLine(url: string, config: Config, demoAccountName = 'Demo'): string {
  const writes = config.writes ? '; writes on (DASHBOARD_WRITES=1)' : '';
  if (config.mode === 'demo') {
    const count = config.demo.instances.toLocaleString('en-US');
    return `Workflows dashboard on ${url} — demo mode (account ${demoAccountName}, ${count} simulated instances)${writes}`;
  }
  return `Workflows dashboard on ${url} — live mode (accounts: ${config.accountIds.join(', ')})${writes}`;
}
