import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  describeDropped,
  type InstanceView,
  parseInstanceView,
  serializeInstanceView,
} from '../../../lib/url-state/view-state.ts';
import type { WorkflowSearch } from '../../../lib/url-state/workflow-search.ts';

type SearchChange = (next: WorkflowSearch, options?: { replace?: boolean }) => void;

/**
 * The view state read from the URL. Values the view cannot use are dropped: the URL is replaced by the
 * cleaned one (no new history entry) and a notice says what was ignored.
 */
export function useUrlView(search: WorkflowSearch, onSearchChange: SearchChange) {
  const searchKey = JSON.stringify(search);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the parsed view changes only with the URL
  const parsed = useMemo(() => parseInstanceView(search), [searchKey]);
  const [notices, setNotices] = useState<string[]>([]);
  const change = useRef(onSearchChange);
  change.current = onSearchChange;

  useEffect(() => {
    if (parsed.dropped.length === 0) return;
    const messages = parsed.dropped.map(describeDropped);
    setNotices((current) => [...new Set([...current, ...messages])]);
    change.current(serializeInstanceView(parsed.view), { replace: true });
  }, [parsed]);

  const view = parsed.view;
  const update = useCallback(
    (partial: Partial<InstanceView>, options?: { replace?: boolean }) => {
      change.current(serializeInstanceView({ ...view, ...partial }), options);
    },
    [view],
  );
  const dismissNotices = useCallback(() => setNotices([]), []);
  return { view, notices, dismissNotices, update };
}
