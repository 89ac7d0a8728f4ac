import type { ReactNode } from 'react';
import type { DoStep, Step } from '../../../contract/instances.ts';
import {
  formatAbsolute,
  formatDuration,
  formatSpan,
  formatTimeOfDay,
  NO_VALUE,
} from '../../lib/format-time.ts';
import { AttemptsTable } from './attempts-table.tsx';
import { formatRetryConfig } from './retry-config.ts';
import { RunStateLabel } from './run-state-label.tsx';
import {
  backoffBeforeRetry,
  doStepState,
  isDoStep,
  isSleepStep,
  isTerminationStep,
  isWaitStep,
} from './step-kinds.ts';

const KIND_LABEL: Record<string, string> = {
  step: 'step',
  rollback: 'rollback',
  sleep: 'sleep',
  waitForEvent: 'wait for event',
  termination: 'termination',
};

function StepShell({
  kind,
  title,
  meta,
  children,
}: {
  kind: string;
  title: string;
  meta: ReactNode;
  children?: ReactNode;
}) {
  return (
    <article aria-label={title} className="px-4 py-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium uppercase tracking-wide text-slate-500">
          {KIND_LABEL[kind] ?? kind}
        </span>
        <h3 className="font-mono text-sm font-medium text-slate-900">{title}</h3>
        <div className="ml-auto flex flex-wrap items-baseline gap-x-4 text-xs text-slate-500 tabular-nums">
          {meta}
        </div>
      </div>
      {children}
    </article>
  );
}

function Timing({
  start,
  end,
  now,
}: {
  start: string | null | undefined;
  end: string | null | undefined;
  now: number;
}) {
  return (
    <>
      <span title={formatAbsolute(start, 'utc')}>started {formatTimeOfDay(start)}</span>
      <span>{formatSpan(start, end, now)}</span>
    </>
  );
}

function DoStepItem({ step, now }: { step: DoStep; now: number }) {
  const state = doStepState(step);
  const retry = formatRetryConfig(step.config);
  const lastEnd = step.attempts.at(-1)?.end;
  const backoff = state === 'retrying' ? backoffBeforeRetry(step.config, step.attempts.length) : undefined;
  const nextAt = backoff !== undefined && lastEnd ? Date.parse(lastEnd) + backoff : undefined;
  return (
    <StepShell
      kind={step.type}
      title={step.name}
      meta={
        <>
          <Timing start={step.start} end={step.end} now={now} />
          <RunStateLabel state={state} />
        </>
      }
    >
      <p className="mt-1 text-xs text-slate-500">
        {retry ? <span>retries: {retry}</span> : null}
        {nextAt !== undefined ? (
          <span className="ml-3 text-amber-700 tabular-nums">
            next attempt {nextAt > now ? `in ${formatDuration(nextAt - now)}` : 'due now'}
          </span>
        ) : null}
      </p>
      {step.attempts.length > 0 ? (
        <div className="mt-2 rounded-md border border-slate-100 bg-slate-50/50">
          <AttemptsTable
            // A rollback carries its step's name: keep the two tables apart for screen readers.
            stepName={step.type === 'rollback' ? `rollback ${step.name}` : step.name}
            attempts={step.attempts}
            now={now}
          />
        </div>
      ) : null}
    </StepShell>
  );
}

/** One entry of the instance log, by its type; unknown types are shown by name and type. */
export function StepItem({ step, now }: { step: Step; now: number }) {
  if (isDoStep(step)) return <DoStepItem step={step} now={now} />;
  if (isSleepStep(step)) {
    return (
      <StepShell
        kind="sleep"
        title={step.name}
        meta={
          <>
            <Timing start={step.start} end={step.end} now={now} />
            <span>{step.finished ? 'Finished' : 'Sleeping'}</span>
          </>
        }
      />
    );
  }
  if (isWaitStep(step)) {
    const outcome = step.finished ? 'Delivered' : step.error ? 'Timed out' : 'Waiting';
    return (
      <StepShell
        kind="waitForEvent"
        title={step.name}
        meta={
          <>
            <span>
              event <span className="font-mono text-slate-700">{step.event_type ?? NO_VALUE}</span>
            </span>
            <Timing start={step.start} end={step.end} now={now} />
            <span className={step.error ? 'font-medium text-red-700' : ''}>{outcome}</span>
          </>
        }
      >
        {step.error ? (
          <p className="mt-1 text-xs text-red-800">
            <span className="font-medium">{step.error.name}</span>: {step.error.message}
          </p>
        ) : null}
      </StepShell>
    );
  }
  if (isTerminationStep(step)) {
    return (
      <StepShell
        kind="termination"
        title="Terminated"
        meta={<span>by {step.trigger?.source ?? 'unknown'}</span>}
      />
    );
  }
  return <StepShell kind={step.type} title={step.name ?? step.type} meta={null} />;
}
