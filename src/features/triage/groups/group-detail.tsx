import type { ReactNode } from 'react';
import type { InstanceDetail } from '../../../../contract/instances.ts';
import type { ErrorGroup } from '../../../lib/triage/group.ts';
import { CompareView } from '../compare/compare-view.tsx';
import type { InstanceFailure } from '../data/triage-items.ts';
import { FollowLink } from '../follow-link.tsx';
import { CauseBadges } from './cause-badges.tsx';
import { GroupFacts } from './group-facts.tsx';
import { Sparkline } from './sparkline.tsx';
import { TemplateText } from './template-text.tsx';

export interface GroupDetailProps {
  accountId: string;
  workflowName: string;
  group: ErrorGroup<InstanceFailure>;
  total: number;
  now: number;
  window: { start: number; end: number };
  details: ReadonlyMap<string, InstanceDetail>;
  allGroupsHref: string;
  instanceHref: (id: string, at?: { step: string; attempt: number | null }) => string;
  /** The group's instances in the instance table (placed by the route). */
  instances: ReactNode;
}

/** An opened group: its cause, a representative instance at its failing attempt, its instances, a compare. */
export function GroupDetail(props: GroupDetailProps) {
  const { group, details } = props;
  const representative = group.items[0] as InstanceFailure;
  const representativeDetail = details.get(representative.instanceId);
  return (
    <section aria-labelledby="group-heading" className="space-y-4">
      <FollowLink href={props.allGroupsHref} className="text-sm text-sky-800 underline">
        ← All groups
      </FollowLink>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <CauseBadges cause={group.cause}>
          <span className="font-mono text-slate-500">group {group.id}</span>
        </CauseBadges>
        <h2 id="group-heading" className="mt-1 text-slate-900">
          <TemplateText template={group.cause.template} />
        </h2>
        <div className="mt-3 flex flex-wrap items-start gap-6">
          <GroupFacts group={group} total={props.total} now={props.now} />
          <Sparkline
            times={group.items.map((item) => item.createdMs)}
            start={props.window.start}
            end={props.window.end}
          />
        </div>
        <p className="mt-3 text-sm">
          <FollowLink
            className="text-sky-800 underline"
            href={props.instanceHref(representative.instanceId, {
              step: representative.stepName,
              attempt: representative.attempt ?? null,
            })}
          >
            Open a representative instance at its failing attempt
          </FollowLink>{' '}
          <span className="font-mono text-xs text-slate-500">
            ({representative.instanceId}
            {representative.stepName ? `, ${representative.stepName}` : ''}
            {representative.attempt ? `, attempt ${representative.attempt}` : ''})
          </span>
        </p>
      </div>
      <section aria-labelledby="group-instances-heading" className="space-y-2">
        <h3 id="group-instances-heading" className="text-sm font-semibold text-slate-900">
          {group.items.length.toLocaleString('en-US')} {group.items.length === 1 ? 'instance' : 'instances'}{' '}
          in this group
        </h3>
        {props.instances}
      </section>
      {representativeDetail ? (
        <CompareView
          accountId={props.accountId}
          workflowName={props.workflowName}
          failed={representative.summary}
          failedDetail={representativeDetail}
          instanceHref={(id) => props.instanceHref(id)}
        />
      ) : null}
    </section>
  );
}
