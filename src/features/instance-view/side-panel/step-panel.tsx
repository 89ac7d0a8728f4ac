import type { ReactNode } from 'react';
import { attemptLabel, attemptOf, KIND_LABEL } from '../gantt/model/labels.ts';
import type { GanttModel } from '../gantt/model/types.ts';
import type { GanttSelection } from '../gantt/selection.ts';
import { PayloadViewer } from '../payload/payload-viewer.tsx';
import { formatRetryConfig } from '../retry-config.ts';
import { selectionFacts } from './selection-facts.ts';
import { StepOutput } from './step-output.tsx';

export interface StepPanelProps {
  accountId: string;
  workflowName: string;
  instanceId: string;
  model: GanttModel;
  selection: GanttSelection;
  onSelect: (selection: GanttSelection | null) => void;
  /** What the route places here for the step (restart from it). */
  actions?: ((step: { kind: string; name: string }) => ReactNode) | undefined;
}

function Panel({ children }: { children: ReactNode }) {
  return (
    <aside
      aria-label="Selected step"
      className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4 xl:w-[28rem] xl:shrink-0"
    >
      {children}
    </aside>
  );
}

/** The selected step or attempt: its times, error, config and whole output. */
export function StepPanel({
  accountId,
  workflowName,
  instanceId,
  model,
  selection,
  onSelect,
  actions,
}: StepPanelProps) {
  const index = model.byKey.get(selection.key);
  const row = index === undefined ? undefined : model.rows[index];
  if (!row)
    return (
      <Panel>
        <p className="text-sm text-slate-700">
          This instance has no step <code className="font-mono">{selection.key}</code>.
        </p>
      </Panel>
    );
  const attempt = selection.attempt === null ? null : (row.attempts[selection.attempt - 1] ?? null);
  const error = attempt ? attempt.error : row.error;
  const hasOutput = row.kind === 'step' || row.kind === 'waitForEvent';
  return (
    <Panel>
      <div className="flex items-start gap-2">
        <div className="min-w-0">
          <p className="text-xs text-slate-500">{KIND_LABEL[row.kind]}</p>
          <h2 className="break-all font-mono text-base font-semibold text-slate-900">{row.name}</h2>
          {attempt ? <p className="text-sm text-slate-700">{attemptOf(row, attempt)}</p> : null}
          {actions?.({ kind: row.kind, name: row.name })}
        </div>
        <button
          type="button"
          onClick={() => onSelect(null)}
          className="ml-auto rounded px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-orange-500"
        >
          Close
        </button>
      </div>
      {selection.attempt !== null && !attempt ? (
        <p className="text-sm text-slate-700">This step has no attempt {selection.attempt}.</p>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {selectionFacts(model, row, attempt).map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="text-slate-500">{fact.label}</dt>
            <dd className="min-w-0 break-words text-slate-900 tabular-nums">{fact.value}</dd>
          </div>
        ))}
      </dl>
      {error ? (
        <section aria-label="Error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2">
          <p className="font-mono text-sm font-semibold text-red-800">{error.name}</p>
          <p className="mt-0.5 whitespace-pre-wrap break-words text-sm text-red-900">{error.message}</p>
        </section>
      ) : null}
      {row.attempts.length > 0 ? (
        <nav aria-label={`Attempts of ${row.name}`}>
          <ol className="space-y-1">
            {row.attempts.map((a) => (
              <li key={a.number}>
                <button
                  type="button"
                  aria-current={a.number === selection.attempt ? 'true' : undefined}
                  onClick={() => onSelect({ key: row.key, attempt: a.number })}
                  className={`w-full rounded px-2 py-1 text-left text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-orange-500 ${
                    a.number === selection.attempt ? 'bg-sky-100 font-medium' : ''
                  } ${a.outcome === 'failed' ? 'text-red-800' : 'text-slate-800'}`}
                >
                  {attemptLabel(row, a, model.now)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {row.config ? (
        <div className="space-y-1">
          <p className="text-sm text-slate-700">
            Config: <span className="font-mono text-xs">{formatRetryConfig(row.config)}</span>
          </p>
          <PayloadViewer title="Config" value={row.config} fileName={`${row.name}-config`} />
        </div>
      ) : null}
      {hasOutput ? (
        <StepOutput
          accountId={accountId}
          workflowName={workflowName}
          instanceId={instanceId}
          row={row}
          attempt={attempt ? attempt.number : null}
        />
      ) : row.kind === 'rollback' ? (
        <p className="text-xs text-slate-600">
          <code>/step</code> serves step and waitForEvent outputs only; a rollback has none of its own there.
        </p>
      ) : null}
    </Panel>
  );
}
