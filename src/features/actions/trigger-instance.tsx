import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import type { CreatedInstance } from '../../../contract/writes.ts';
import { EVENT_TYPE_PATTERN } from '../../../contract/writes.ts';
import { useCreateInstance } from '../../api/create-instance.ts';
import { useMeta } from '../../api/get-meta.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { WritesOffNote } from './writes-off-note.tsx';

const FIELD = 'rounded-md border border-slate-300 px-2 py-1 font-mono text-sm';

/** What is wrong with the trigger's inputs, or null. An instance id follows the event type's rule. */
export function triggerProblem(instanceId: string, paramsText: string): string | null {
  if (instanceId && !EVENT_TYPE_PATTERN.test(instanceId)) {
    return 'The id must start with a letter, digit or _ and hold only letters, digits, - and _.';
  }
  if (!paramsText.trim()) return null;
  try {
    JSON.parse(paramsText);
    return null;
  } catch (error) {
    return `The params are not valid JSON: ${(error as Error).message}`;
  }
}

/** Triggers a new instance of a workflow (params as JSON, an optional id), then links to it. */
export function TriggerInstance({ accountId, workflowName }: { accountId: string; workflowName: string }) {
  const meta = useMeta();
  const create = useCreateInstance(accountId, workflowName);
  const [open, setOpen] = useState(false);
  const [instanceId, setInstanceId] = useState('');
  const [params, setParams] = useState('{}');
  const [touched, setTouched] = useState(false);
  const [created, setCreated] = useState<CreatedInstance | null>(null);
  const noteId = useId();
  const writes = meta.data?.writes === true;
  const problem = triggerProblem(instanceId.trim(), params);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem !== null || create.isPending) return;
    const input = {
      instanceId: instanceId.trim() || undefined,
      params: params.trim() ? JSON.parse(params) : undefined,
    };
    create.mutate(input, {
      onSuccess: (instance) => {
        setCreated(instance);
        setOpen(false);
      },
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-50"
        disabled={!writes}
        aria-describedby={writes ? undefined : noteId}
        onClick={() => {
          create.reset();
          setTouched(false);
          // Params are kept for the next trigger; an id is used once.
          setInstanceId('');
          setOpen(true);
        }}
      >
        Trigger instance
      </button>
      <WritesOffNote id={noteId} meta={meta.data} />
      {created ? (
        <p role="status" className="text-sm text-slate-700">
          Triggered{' '}
          <Link
            to="/$accountId/workflows/$workflowName/instances/$instanceId"
            params={{ accountId, workflowName, instanceId: created.id }}
            className="font-mono text-sky-700 underline"
          >
            {created.id}
          </Link>
          {created.status ? ` (${created.status})` : null}
        </p>
      ) : null}
      {open ? (
        <ModalDialog title="Trigger instance" onClose={() => setOpen(false)}>
          <form className="space-y-3" onSubmit={submit} noValidate>
            <label className="flex flex-col gap-1 text-sm text-slate-700">
              Instance id (optional)
              <input className={FIELD} value={instanceId} onChange={(e) => setInstanceId(e.target.value)} />
            </label>
            <label className="flex flex-col gap-1 text-sm text-slate-700">
              Params (JSON)
              <textarea
                className={`${FIELD} h-40`}
                value={params}
                spellCheck={false}
                aria-invalid={touched && problem !== null}
                onChange={(e) => setParams(e.target.value)}
              />
            </label>
            {(touched && problem) || create.error ? (
              <p role="alert" className="text-sm text-rose-700">
                {touched && problem ? problem : create.error?.message}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <button
                type="button"
                className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
                onClick={() => setOpen(false)}
              >
                Cancel
              </button>
              <button
                type="submit"
                // Not `disabled`: that would drop the focus out of the dialog while the request is out.
                aria-disabled={create.isPending}
                className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50"
              >
                Trigger
              </button>
            </div>
          </form>
        </ModalDialog>
      ) : null}
    </div>
  );
}
