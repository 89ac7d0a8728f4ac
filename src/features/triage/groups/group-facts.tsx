import { formatAbsolute, formatRelative, formatWorkflowDuration } from '../../../lib/format-time.ts';
import { attemptsSpent, type ErrorGroup } from '../../../lib/triage/group.ts';

/** Count and share, first and last seen, the failing step's retry config and the attempts spent. */
export function GroupFacts({ group, total, now }: { group: ErrorGroup; total: number; now: number }) {
  const share = total === 0 ? 0 : (group.items.length / total) * 100;
  const retries = group.items.find((item) => item.retries)?.retries;
  const spent = attemptsSpent(group);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600">
      <dt className="whitespace-nowrap font-medium text-slate-500">Count</dt>
      <dd>
        <span className="font-semibold text-slate-900">{group.items.length.toLocaleString('en-US')}</span> (
        {share.toFixed(share < 10 ? 1 : 0)}% of errored)
      </dd>
      <dt className="whitespace-nowrap font-medium text-slate-500">First seen</dt>
      <dd title={formatAbsolute(group.firstSeen, 'utc')}>{formatRelative(group.firstSeen, now)}</dd>
      <dt className="whitespace-nowrap font-medium text-slate-500">Last seen</dt>
      <dd title={formatAbsolute(group.lastSeen, 'utc')}>{formatRelative(group.lastSeen, now)}</dd>
      <dt className="whitespace-nowrap font-medium text-slate-500">Retries</dt>
      <dd>
        {retries
          ? `limit ${retries.limit ?? '?'}, delay ${formatWorkflowDuration(retries.delay)}${retries.backoff ? `, ${retries.backoff}` : ''}`
          : group.cause.step
            ? 'none (an event wait or a sleep)'
            : 'none logged'}
      </dd>
      <dt className="whitespace-nowrap font-medium text-slate-500">Attempts spent</dt>
      <dd>{spent ? `${spent.mean.toFixed(1)} on average, at most ${spent.max}` : '—'}</dd>
    </dl>
  );
}
