import { useCallback, useMemo, useRef } from 'react';
import {
  type InstanceView,
  parseInstanceView,
  serializeInstanceView,
} from '../../../lib/url-state/view-state.ts';
import type { WorkflowSearch } from '../../../lib/url-state/workflow-search.ts';

type SearchChange = (next: WorkflowSearch, options?: { replace?: boolean }) => void;

/**
 * The view state of the URL's search params, which the route has already cleaned (workflow-search.ts), and
 * a way to change part of it: the change is written back to the URL, never held here.
 */
export function useUrlView(search: WorkflowSearch, onSearchChange: SearchChange) {
  const searchKey = JSON.stringify(search);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parsed view changes only with the URL
  const view = useMemo(() => parseInstanceView(search).view, [searchKey]);
  const change = useRef(onSearchChange);
  change.current = onSearchChange;
  const update = useCallback(
    (partial: Partial<InstanceView>, options?: { replace?: boolean }) => {
      change.current(serializeInstanceView({ ...view, ...partial }), options);
    },
    [view],
  );
  return { view, update };
}
