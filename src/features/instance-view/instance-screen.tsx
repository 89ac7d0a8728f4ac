import { type ComponentProps, type ReactNode, useEffect, useMemo, useState } from 'react';
import { isFinalStatus } from '../../../contract/status.ts';
import { ApiError } from '../../api/client.ts';
import { useInstance } from '../../api/get-instance.ts';
import { ErrorState } from '../../components/error-state.tsx';
import { SkeletonRows } from '../../components/skeleton.tsx';
import type { InstanceView } from '../../lib/url-state/instance-search.ts';
import { useNow } from '../../lib/use-now.ts';
import { buildGanttModel } from './gantt/model/build-rows.ts';
import type { GanttFilters } from './gantt/model/filters.ts';
import type { TimeWindow } from './gantt/scale/view-window.ts';
import { chartHeight, type GanttSelection } from './gantt/selection.ts';
import { InstanceHeader } from './header/instance-header.tsx';
import { InstanceNotFound } from './instance-not-found.tsx';
import { PayloadViewer } from './payload/payload-viewer.tsx';
import { StepPanel } from './side-panel/step-panel.tsx';
import { StepOrderToggle } from './step-order-toggle.tsx';

/** The Gantt is its own chunk; it starts loading with the instance so neither waits for the other. */
type GanttModule = typeof import('./gantt/gantt-view.tsx');
let loadedGantt: GanttModule | undefined;
/** Resolves once the Gantt's chunk is evaluated; the instance route awaits it with the page's own chunk. */
export const ganttReady: Promise<GanttModule> = import('./gantt/gantt-view.tsx').then((module) => {
  loadedGantt = module;
  return module;
});

type GanttSlotProps = ComponentProps<GanttModule['GanttView']>;

/**
 * The Gantt, rendered at once when its chunk is here (the route waits for it with the page's chunk, so
 * this is the usual case); otherwise a placeholder until it arrives. Not Suspense: React keeps a Suspense
 * fallback up for at least 300 ms once shown, which would hold back the first bars by as much.
 */
function GanttSlot(props: GanttSlotProps) {
  const [module, setModule] = useState(loadedGantt);
  useEffect(() => {
    if (module) return;
    let current = true;
    void ganttReady.then((loaded) => current && setModule(loaded));
    return () => {
      current = false;
    };
  }, [module]);
  if (!module) return <SkeletonRows label="Loading the Gantt" rows={8} />;
  return <module.GanttView {...props} />;
}

/** A live instance with at most this many log entries has its model rebuilt every second. */
const TICKING_STEPS = 1_000;

export interface InstanceScreenProps {
  accountId: string;
  workflowName: string;
  instanceId: string;
  view: InstanceView;
  /** `replace` for changes that should not add a history entry (the zoomed window, typing a search). */
  onViewChange: (patch: Partial<InstanceView>, options: { replace: boolean }) => void;
  /** Placed under the header by the route (the actions feature's bar). */
  actions?: ReactNode;
  /** Placed in the side panel for the selected step (restart from it). */
  stepActions?: (step: { kind: string; name: string }) => ReactNode;
}

export function InstanceScreen({
  accountId,
  workflowName,
  instanceId,
  view,
  onViewChange,
  actions,
  stepActions,
}: InstanceScreenProps) {
  const query = useInstance(accountId, workflowName, instanceId, { order: view.order });
  // Re-built on every refetch: a live instance's bars grow and its "now" line moves; the URL keeps the view.
  // Between refetches a live log of up to TICKING_STEPS steps moves on every second too (a larger one only
  // with its refetch: its model takes tens of ms to build).
  const data = query.data;
  const ticking = data !== undefined && !isFinalStatus(data.status) && data.steps.length <= TICKING_STEPS;
  const clock = useNow(ticking ? 1_000 : null);
  const now = ticking ? Math.max(clock, query.dataUpdatedAt) : query.dataUpdatedAt || Date.now();
  const model = useMemo(() => (data ? buildGanttModel(data, now) : null), [data, now]);
  const window = useMemo<TimeWindow | null>(() => (view.win ? [view.win[0], view.win[1]] : null), [view.win]);
  const selection = useMemo<GanttSelection | null>(
    () => (view.step === null ? null : { key: view.step, attempt: view.attempt }),
    [view.step, view.attempt],
  );
  const filters = useMemo<GanttFilters>(
    () => ({ kinds: view.kinds, only: view.only, q: view.q }),
    [view.kinds, view.only, view.q],
  );

  if (query.isPending) return <SkeletonRows label="Loading instance" rows={8} />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <InstanceNotFound accountId={accountId} workflowName={workflowName} instanceId={instanceId} />;
    }
    return (
      <ErrorState
        title="Could not load this instance"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const instance = query.data;
  if (!model) return null;
  const select = (next: GanttSelection | null) =>
    onViewChange({ step: next?.key ?? null, attempt: next?.attempt ?? null }, { replace: false });
  return (
    <div className="space-y-4">
      <InstanceHeader
        accountId={accountId}
        workflowName={workflowName}
        instanceId={instanceId}
        instance={instance}
        live={!isFinalStatus(instance.status)}
        now={now}
        breakdown={model.breakdown}
      />
      {actions}
      <div className="flex flex-col gap-4 xl:flex-row xl:items-start">
        <div className="min-w-0 flex-1 space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <div className="flex flex-wrap items-center gap-3">
            <StepOrderToggle
              order={view.order}
              onChange={(order) => onViewChange({ order }, { replace: false })}
            />
            {selection ? null : (
              <p className="text-xs text-slate-600">
                Click a bar or an attempt cell for its times, error, config and output.
              </p>
            )}
          </div>
          <GanttSlot
            model={model}
            window={window}
            fold={view.fold}
            selection={selection}
            filters={filters}
            height={chartHeight(model.rows.length)}
            onWindowChange={(win) => onViewChange({ win }, { replace: true })}
            onSelect={select}
            onFoldChange={(fold) => onViewChange({ fold }, { replace: false })}
            onFiltersChange={(next) =>
              onViewChange(
                { kinds: next.kinds as InstanceView['kinds'], only: next.only, q: next.q },
                { replace: next.kinds === view.kinds && next.only === view.only },
              )
            }
          />
        </div>
        {selection ? (
          <StepPanel
            accountId={accountId}
            workflowName={workflowName}
            instanceId={instanceId}
            model={model}
            selection={selection}
            onSelect={select}
            actions={stepActions}
          />
        ) : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <PayloadViewer title="Params" value={instance.params} fileName={`${instanceId}-params`} />
        <PayloadViewer title="Output" value={instance.output} fileName={`${instanceId}-output`} />
      </div>
    </div>
  );
}
