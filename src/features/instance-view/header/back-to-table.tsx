import { useRouter } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { rememberedTable, shouldGoBack } from '../../../lib/table-return.ts';

/** TanStack history keeps each entry's position in its state. */
function historyIndex(state: unknown): number | null {
  const index = (state as { __TSR_index?: unknown } | null)?.__TSR_index;
  return typeof index === 'number' ? index : null;
}

/**
 * Back to the workflow's table exactly as the user left it: history back when the previous entry is that
 * table, otherwise the table's remembered URL (src/lib/table-return.ts), otherwise the plain table.
 */
export function BackToTable({ accountId, workflowName }: { accountId: string; workflowName: string }) {
  const router = useRouter();
  const table = rememberedTable(accountId, workflowName);
  const href =
    table?.href ?? `/${encodeURIComponent(accountId)}/workflows/${encodeURIComponent(workflowName)}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (shouldGoBack(table, historyIndex(router.history.location.state))) router.history.back();
    else void router.navigate({ href });
  };
  return (
    <a
      href={href}
      onClick={onClick}
      className="inline-flex items-center gap-1 text-sm font-medium text-orange-700 hover:underline focus-visible:outline-2 focus-visible:outline-orange-500"
    >
      <span aria-hidden="true">←</span> Back to {workflowName} instances
    </a>
  );
}
