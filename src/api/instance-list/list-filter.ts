import { type InstanceView, PRESET_MS, type TimeRange } from '../../lib/url-state/view-state.ts';
import type { InstanceListFilter } from './fetch-page.ts';

/** The API filter of a view: statuses and the time window (`q`, sort and columns stay client-side). */
export function listFilterOf(
  accountId: string,
  workflowName: string,
  view: InstanceView,
): InstanceListFilter {
  const range = view.range;
  return {
    accountId,
    workflowName,
    statuses: view.statuses,
    relativeMs: range.kind === 'preset' ? PRESET_MS[range.preset] : null,
    start: range.kind === 'custom' ? range.from : null,
    end: range.kind === 'custom' ? range.to : null,
  };
}

/** Live refresh only makes sense while the range reaches the present. */
export function rangeIncludesNow(range: TimeRange, now: number): boolean {
  if (range.kind !== 'custom') return true;
  return range.to === null || range.to >= now;
}
