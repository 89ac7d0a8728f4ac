import { toCsv } from '../csv.ts';
import type { ErrorGroup, TriageItem } from './group.ts';

/** The groups export's columns (issue 11's contract; more may follow these, never fewer). */
export const GROUP_CSV_COLUMNS = [
  'group_id',
  'instance_id',
  'created_on',
  'step',
  'error_name',
  'template',
  'message',
] as const;

/** One row per errored instance with its group, groups in the order given, newest first within each. */
export function groupsCsv(groups: readonly ErrorGroup[]): string {
  const rows = groups.flatMap((group) =>
    group.items.map((item: TriageItem) => [
      group.id,
      item.instanceId,
      new Date(item.createdMs).toISOString(),
      group.cause.step,
      group.cause.errorName,
      group.cause.template,
      item.failure.message,
    ]),
  );
  return toCsv(GROUP_CSV_COLUMNS, rows);
}
