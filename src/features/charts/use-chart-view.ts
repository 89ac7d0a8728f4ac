import { useCallback, useMemo, useRef } from 'react';
import {
  type InstanceView,
  parseInstanceView,
  serializeInstanceView,
} from '../../lib/url-state/view-state.ts';
import type { WorkflowSearch } from '../../lib/url-state/workflow-search.ts';

export type SearchChange = (next: WorkflowSearch, options?: { replace?: boolean }) => void;

/**
 * The workflow view's state as the charts read it from the URL (the same params as the table), the search
 * params of a changed view (for links that open in a new tab too), and a way to navigate to one.
 */
export function useChartView(search: WorkflowSearch, onSearchChange: SearchChange) {
  const searchKey = JSON.stringify(search);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parsed view changes only with the URL
  const view = useMemo(() => parseInstanceView(search).view, [searchKey]);
  const change = useRef(onSearchChange);
  change.current = onSearchChange;
  const searchWith = useCallback(
    (partial: Partial<InstanceView>): WorkflowSearch => serializeInstanceView({ ...view, ...partial }),
    [view],
  );
  const update = useCallback(
    (partial: Partial<InstanceView>) => change.current(searchWith(partial)),
    [searchWith],
  );
  return { view, searchWith, update };
}
