import type { ErrorGroup } from '../../../lib/triage/group.ts';
import { isPlainClick } from '../follow-link.tsx';
import { CauseBadges } from './cause-badges.tsx';
import { GroupFacts } from './group-facts.tsx';
import { Sparkline } from './sparkline.tsx';
import { TemplateText } from './template-text.tsx';

export interface GroupCardProps {
  group: ErrorGroup;
  total: number;
  now: number;
  window: { start: number; end: number };
  href: string;
  onOpen: (id: string) => void;
}

/** One group: its cause, how much and since when, when over the range, and real examples. */
export function GroupCard({ group, total, now, window, href, onOpen }: GroupCardProps) {
  const headingId = `group-${group.id}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 space-y-1">
          <CauseBadges cause={group.cause}>
            <span className="font-semibold text-slate-900" data-testid="group-count">
              {group.items.length.toLocaleString('en-US')} instances
            </span>
          </CauseBadges>
          <h3 id={headingId} className="text-slate-900">
            <a
              href={href}
              className="hover:underline focus-visible:outline-2"
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                onOpen(group.id);
              }}
            >
              <TemplateText template={group.cause.template} />
            </a>
          </h3>
        </div>
        <Sparkline times={group.items.map((item) => item.createdMs)} start={window.start} end={window.end} />
      </div>
      <div className="mt-3 grid gap-3 md:grid-cols-[17rem_minmax(0,1fr)]">
        <GroupFacts group={group} total={total} now={now} />
        <div className="min-w-0">
          <p className="text-xs font-medium text-slate-500">Examples</p>
          <ul className="mt-0.5 space-y-0.5">
            {group.examples.map((message) => (
              <li key={message} className="truncate font-mono text-xs text-slate-700" title={message}>
                {message}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </li>
  );
}
