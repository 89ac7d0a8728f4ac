import { type ReactNode, useMemo } from 'react';
import type { InstanceSummary } from '../../../contract/instances.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { groupsCsv } from '../../lib/triage/export-csv.ts';
import { searchGroups, sortGroups } from '../../lib/triage/group.ts';
import type { ErrorsView } from '../../lib/url-state/errors-search.ts';
import { useTriage } from './data/use-triage.ts';
import { FollowContext, FollowLink } from './follow-link.tsx';
import { GroupCard } from './groups/group-card.tsx';
import { GroupDetail } from './groups/group-detail.tsx';
import { downloadText } from './toolbar/download.ts';
import { TriageProgress } from './toolbar/triage-progress.tsx';
import { TriageToolbar } from './toolbar/triage-toolbar.tsx';

export interface TriageScreenProps {
  accountId: string;
  workflowName: string;
  view: ErrorsView;
  onViewChange: (next: ErrorsView, options?: { replace?: boolean }) => void;
  /** The errors view's URL for another group (null: the list of groups), same range. */
  groupHref: (group: string | null) => string;
  instanceHref: (id: string, at?: { step: string; attempt: number | null }) => string;
  /** The route places the instance table here with a group's rows (features never import each other). */
  renderInstances: (rows: InstanceSummary[]) => ReactNode;
  /** Follows an in-app href without reloading (the router's navigate). */
  onFollow: (href: string) => void;
}

/** Errored instances of a range, grouped by cause. */
export function TriageScreen(props: TriageScreenProps) {
  const { view, onViewChange, workflowName } = props;
  const { snapshot, failures, groups, window } = useTriage(props.accountId, workflowName, view.range);
  const now = window.end;
  const shown = useMemo(
    () => sortGroups(searchGroups(groups, view.q), view.sort),
    [groups, view.q, view.sort],
  );
  const open = view.group ? groups.find((group) => group.id === view.group) : undefined;
  const finished = snapshot.listDone && failures.length + snapshot.failedIds.size >= snapshot.rows.length;
  const change = (patch: Partial<ErrorsView>, options?: { replace?: boolean }) =>
    onViewChange({ ...view, ...patch }, options);
  const exportCsv = () =>
    downloadText(`${workflowName}-error-groups.csv`, groupsCsv(sortGroups(groups, view.sort)));

  return (
    <FollowContext.Provider value={props.onFollow}>
      <div className="space-y-4">
        <TriageToolbar view={view} onChange={change} onExport={exportCsv} canExport={failures.length > 0} />
        <TriageProgress snapshot={snapshot} grouped={failures.length} />
        {view.group && open ? (
          <GroupDetail
            accountId={props.accountId}
            workflowName={workflowName}
            group={open}
            total={failures.length}
            now={now}
            window={window}
            details={snapshot.details}
            allGroupsHref={props.groupHref(null)}
            instanceHref={props.instanceHref}
            instances={props.renderInstances(open.items.map((item) => item.summary))}
          />
        ) : view.group && finished ? (
          <EmptyState title="No instance of this range is in that group">
            <FollowLink className="text-sky-800 underline" href={props.groupHref(null)}>
              Show all groups
            </FollowLink>
          </EmptyState>
        ) : view.group ? (
          <p className="text-sm text-slate-500">Looking for the group among the errored instances…</p>
        ) : shown.length > 0 ? (
          <section aria-labelledby="groups-heading" className="space-y-2">
            <h2 id="groups-heading" className="text-sm font-semibold text-slate-900">
              {shown.length} {shown.length === 1 ? 'group' : 'groups'}
              {view.q ? ` with messages matching "${view.q}"` : ''}
            </h2>
            <ul aria-label="Error groups" className="space-y-3">
              {shown.map((group) => (
                <GroupCard
                  key={group.id}
                  group={group}
                  total={failures.length}
                  now={now}
                  window={window}
                  href={props.groupHref(group.id)}
                  onOpen={(id) => change({ group: id })}
                />
              ))}
            </ul>
          </section>
        ) : finished ? (
          <EmptyState
            title={
              view.q ? 'No group has a message matching the search' : 'No errored instances in this range'
            }
          >
            {view.q ? null : 'Pick a wider range to look further back.'}
          </EmptyState>
        ) : null}
      </div>
    </FollowContext.Provider>
  );
}
