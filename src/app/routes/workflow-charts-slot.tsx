import { Component, lazy, type ReactNode, Suspense } from 'react';
import type { ChartsPanelProps } from '../../features/charts/charts-panel.tsx';

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

export function WorkflowChartsSlot(props: ChartsPanelProps) {
  return (
    <div className={`${BOX} px-4`}>
      <ChartsBoundary>
        <Suspense
          fallback={
            <div role="status" className="h-full animate-pulse rounded-lg bg-slate-100">
              <span className="sr-only">Loading charts…</span>
            </div>
          }
        >
          <ChartsPanel {...props} />
        </Suspense>
      </ChartsBoundary>
    </div>
  );
}
