import { ACTION_LABELS, planBulk } from '../action-rules.ts';
import type { BulkAction } from './bulk-report.ts';

const DONE: Record<BulkAction, string> = {
  pause: 'paused',
  resume: 'resumed',
  terminate: 'terminated',
  restart: 'restarted',
  delete: 'deleted',
};

export interface DryRun {
  act: string[];
  skip: { id: string; reason: string }[];
  /** "Terminate 37 instances: 35 can be terminated, 2 are already complete and will be skipped" */
  summary: string;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** What a bulk action would do with these instances, from the statuses the table last read. */
export function dryRun(action: BulkAction, items: readonly { id: string; status: string }[]): DryRun {
  const { act, skip } = planBulk(action, items);
  const byStatus = new Map<string, number>();
  const statusOf = new Map(items.map((item) => [item.id, item.status]));
  for (const { id } of skip) {
    const status = statusOf.get(id) ?? 'unknown';
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  const already = action === 'terminate' ? 'already ' : '';
  const skipped = [...byStatus].map(
    ([status, n]) => `${n.toLocaleString('en-US')} ${n === 1 ? 'is' : 'are'} ${already}${status}`,
  );
  let summary = `${ACTION_LABELS[action]} ${plural(items.length, 'instance', 'instances')}: ${act.length.toLocaleString('en-US')} can be ${DONE[action]}`;
  if (skipped.length > 0) summary += `, ${skipped.join(', ')} and will be skipped`;
  return { act, skip, summary };
}
