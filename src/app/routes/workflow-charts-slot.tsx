import { useInfiniteQuery } from '@tanstack/react-query';
import { Component, lazy, type ReactNode, Suspense, useState } from 'react';
import { listFilterOf } from '../../api/instance-list/list-filter.ts';
import { instancesInfiniteQueryOptions } from '../../api/instance-list/queries.ts';
import type { ChartsPanelProps } from '../../features/charts/charts-panel.tsx';
import { parseInstanceView } from '../../lib/url-state/view-state.ts';

/** The charts and Recharts are their own chunk: the table never waits for them (PRODUCT.md bars). */
const ChartsPanel = lazy(() =>
  import('../../features/charts/charts-panel.tsx').then((module) => ({ default: module.ChartsPanel })),
);

/**
 * The charts' space, reserved before their code arrives, so that the table below never moves: the sum of
 * the panel's grid rows and gaps (charts-panel.tsx), one column under `lg` (13 + 20 + 26 rem), two rows from it.
 */
const BOX = 'h-[60.5rem] lg:h-[28rem]';

class ChartsBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="flex h-full items-center justify-center text-sm text-slate-600">
        The charts could not be loaded; the table below is unaffected. Reload the page to try again.
      </p>
    );
  }
}

/**
 * The charts' chunk is asked for once the table's first page has settled (or at once when it is already
 * there): the charts cannot draw before it anyway, and evaluating Recharts while it arrives would hold up
 * the table's rows. Once shown, the charts stay mounted whatever the filter.
 */
function useChartsMayLoad({ accountId, workflowName, search }: ChartsPanelProps): boolean {
  const filter = listFilterOf(accountId, workflowName, parseInstanceView(search).view);
  // Observes the table's query without starting it (the route's loader and the table do).
  const list = useInfiniteQuery({ ...instancesInfiniteQueryOptions(filter), enabled: false });
  const [mayLoad, setMayLoad] = useState(false);
  if (!mayLoad && list.status !== 'pending') setMayLoad(true);
  return mayLoad || list.status !== 'pending';
}

const placeholder = (
  <div role="status" className="h-full animate-pulse rounded-lg bg-slate-100">
    <span className="sr-only">Loading charts…</span>
  </div>
);

export function WorkflowChartsSlot(props: ChartsPanelProps) {
  const mayLoad = useChartsMayLoad(props);
  return (
    <div className={`${BOX} px-4`}>
      <ChartsBoundary>
        <Suspense fallback={placeholder}>{mayLoad ? <ChartsPanel {...props} /> : placeholder}</Suspense>
      </ChartsBoundary>
    </div>
  );
}
