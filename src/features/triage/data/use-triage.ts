import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { InstanceListFilter } from '../../../api/instance-list/fetch-page.ts';
import { type ErrorGroup, groupFailures } from '../../../lib/triage/group.ts';
import type { ErrorsView } from '../../../lib/url-state/errors-search.ts';
import { PRESET_MS } from '../../../lib/url-state/view-state.ts';
import { type InstanceFailure, instanceFailures } from './triage-items.ts';
import { TriageRun, type TriageSnapshot } from './triage-run.ts';

export interface TriageState {
  snapshot: TriageSnapshot;
  failures: InstanceFailure[];
  groups: ErrorGroup<InstanceFailure>[];
  /** The range as epoch ms, for the sparklines. */
  window: { start: number; end: number };
}

function filterOf(accountId: string, workflowName: string, range: ErrorsView['range']): InstanceListFilter {
  const base = { accountId, workflowName, statuses: ['errored'] };
  return range.kind === 'preset'
    ? { ...base, relativeMs: PRESET_MS[range.preset] }
    : { ...base, start: range.from, end: range.to };
}

/** Lists, fetches and groups the errored instances of a range; restarts when the range changes. */
export function useTriage(accountId: string, workflowName: string, range: ErrorsView['range']): TriageState {
  const queryClient = useQueryClient();
  const rangeKey = JSON.stringify(range);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the range is compared by value (rangeKey).
  const run = useMemo(
    () => new TriageRun(queryClient, filterOf(accountId, workflowName, range)),
    [queryClient, accountId, workflowName, rangeKey],
  );
  useEffect(() => {
    run.start();
    return () => run.stop();
  }, [run]);
  const snapshot = useSyncExternalStore(run.subscribe, run.getSnapshot);
  // The window's end is when the run began: a relative range is frozen at its first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new run is a new window.
  const openedAt = useMemo(() => Date.now(), [run]);
  const failures = useMemo(
    () => instanceFailures(snapshot.rows, snapshot.details),
    [snapshot.rows, snapshot.details],
  );
  const groups = useMemo(() => groupFailures(failures), [failures]);
  const window = useMemo(() => {
    if (range.kind === 'preset') return { start: openedAt - PRESET_MS[range.preset], end: openedAt };
    const times = failures.map((f) => f.createdMs);
    return {
      start: range.from ?? (times.length ? Math.min(...times) : openedAt),
      end: range.to ?? openedAt,
    };
  }, [range, openedAt, failures]);
  return { snapshot, failures, groups, window };
}
