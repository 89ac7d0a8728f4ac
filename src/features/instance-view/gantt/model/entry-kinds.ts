import type {
  DoStep,
  SleepStep,
  Step,
  TerminationStep,
  WaitStep,
} from '../../../../../contract/instances.ts';
import type { GanttRow, RowKind } from './types.ts';

/** The schema's union ends in a catch-all `{type: string}`, so narrowing needs these guards. */
export function isDoEntry(step: Step): step is DoStep {
  return (step.type === 'step' || step.type === 'rollback') && 'attempts' in step;
}
export function isSleepEntry(step: Step): step is SleepStep {
  return step.type === 'sleep';
}
export function isWaitEntry(step: Step): step is WaitStep {
  return step.type === 'waitForEvent';
}
export function isTerminationEntry(step: Step): step is TerminationStep {
  return step.type === 'termination';
}

export function rowKindOf(step: Step): RowKind {
  if (isDoEntry(step)) return step.type;
  if (isSleepEntry(step)) return 'sleep';
  if (isWaitEntry(step)) return 'waitForEvent';
  if (isTerminationEntry(step)) return 'termination';
  return 'unknown';
}

export function entryName(step: Step): string {
  return 'name' in step && typeof step.name === 'string' ? step.name : step.type;
}

/** Names used by entries of more than one type: their non-step rows get a `type:` key prefix. */
export function rekeyAmbiguous(
  steps: readonly Step[],
  rows: GanttRow[],
  ambiguous: ReadonlySet<string>,
  byKey: Map<string, number>,
): void {
  byKey.clear();
  for (const row of rows) {
    const type = (steps[row.index] as Step).type;
    if (type !== 'step' && ambiguous.has(row.name)) row.key = `${type}:${row.name}`;
    if (!byKey.has(row.key)) byKey.set(row.key, row.index);
  }
}
