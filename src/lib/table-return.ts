/**
 * The way back from an instance to its workflow's table exactly as the user left it (filters, sort, range):
 * the table remembers its last URL per workflow in sessionStorage, with the history position it was at, so
 * the instance view can go back when the previous entry is that table, or open the remembered URL otherwise.
 * Nothing of the table travels in the instance's own URL.
 */
export interface RememberedTable {
  href: string;
  /** The history index of the entry that showed it (TanStack history's `__TSR_index`), when known. */
  index: number | null;
}

const storageKey = (accountId: string, workflowName: string) => `table-url:${accountId}/${workflowName}`;

export function rememberTable(accountId: string, workflowName: string, table: RememberedTable): void {
  try {
    sessionStorage.setItem(storageKey(accountId, workflowName), JSON.stringify(table));
  } catch {
    // Storage full or disabled: the way back falls to the plain table URL.
  }
}

export function rememberedTable(accountId: string, workflowName: string): RememberedTable | null {
  try {
    const raw = sessionStorage.getItem(storageKey(accountId, workflowName));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { href, index } = parsed as Record<string, unknown>;
    if (typeof href !== 'string') return null;
    return { href, index: typeof index === 'number' ? index : null };
  } catch {
    return null;
  }
}

/** Go back in history when the entry just before `currentIndex` is the remembered table. */
export function shouldGoBack(table: RememberedTable | null, currentIndex: number | null): boolean {
  return table?.index != null && currentIndex !== null && table.index === currentIndex - 1;
}
