import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { InstanceDetail } from '../../../../contract/instances.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { formatAbsolute, formatSpan, NO_VALUE } from '../../../lib/format-time.ts';
import type { DurationBreakdown as Breakdown } from '../gantt/model/types.ts';
import { BackToTable } from './back-to-table.tsx';
import { DurationBreakdown } from './duration-breakdown.tsx';

export interface InstanceHeaderProps {
  accountId: string;
  workflowName: string;
  instanceId: string;
  instance: InstanceDetail;
  live: boolean;
  now: number;
  /** Time spent queued, running, sleeping, waiting and retrying (from the Gantt model). */
  breakdown: Breakdown;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 truncate text-sm text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}

function Time({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="text-slate-500">{NO_VALUE}</span>;
  return (
    <time dateTime={value} title={formatAbsolute(value, 'utc')}>
      {formatAbsolute(value)}
    </time>
  );
}

export function InstanceHeader({
  accountId,
  workflowName,
  instanceId,
  instance,
  live,
  now,
  breakdown,
}: InstanceHeaderProps) {
  const trigger = instance.trigger?.source ?? 'unknown';
  return (
    <header className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <BackToTable accountId={accountId} workflowName={workflowName} />
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Instance</p>
          <h1 className="break-all font-mono text-lg font-semibold text-slate-900">{instanceId}</h1>
        </div>
        <CopyButton value={instanceId} label="Copy instance id" />
        <StatusBadge status={instance.status} className="text-sm" />
        {live ? (
          <span className="inline-flex items-center gap-1.5 text-xs text-slate-500">
            <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-[#f6821f]" />
            Live — refreshing every 5 s
          </span>
        ) : null}
      </div>
      {instance.error ? (
        <section aria-label="Instance error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2">
          <p className="font-mono text-sm font-semibold text-red-800">{instance.error.name}</p>
          <p className="mt-0.5 whitespace-pre-wrap text-sm text-red-900">{instance.error.message}</p>
        </section>
      ) : null}
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 md:grid-cols-4 xl:grid-cols-7">
        <Field label="Workflow">
          <Link
            to="/$accountId/workflows/$workflowName"
            params={{ accountId, workflowName }}
            className="font-medium text-orange-700 hover:underline"
          >
            {workflowName}
          </Link>
        </Field>
        <Field label="Version">
          <span className="font-mono text-xs" title={instance.versionId ?? undefined}>
            {instance.versionId ?? NO_VALUE}
          </span>
        </Field>
        <Field label="Trigger">
          {trigger}
          {instance.schedule ? (
            <span className="font-mono text-xs text-slate-500"> · {instance.schedule.cron}</span>
          ) : null}
        </Field>
        <Field label="Queued">
          <Time value={instance.queued} />
        </Field>
        <Field label="Started">
          <Time value={instance.start} />
        </Field>
        <Field label="Ended">
          <Time value={instance.end} />
        </Field>
        <Field label="Duration">{formatSpan(instance.start, instance.end, now)}</Field>
      </dl>
      <DurationBreakdown breakdown={breakdown} />
      {instance.rollback ? (
        <p className="text-sm text-slate-700">
          Rollback{' '}
          <span
            className={
              instance.rollback.outcome === 'failed'
                ? 'font-medium text-red-700'
                : 'font-medium text-emerald-700'
            }
          >
            {instance.rollback.outcome}
          </span>
          {instance.rollback.error ? (
            <span className="text-red-800">
              {' '}
              — {instance.rollback.error.name}: {instance.rollback.error.message}
            </span>
          ) : null}
        </p>
      ) : null}
    </header>
  );
}
