import { useState } from 'react';
import { EVENT_TYPE_PATTERN, MAX_EVENT_BYTES } from '../../../contract/writes.ts';
import { ModalDialog } from '../../components/modal-dialog.tsx';

export interface SendEventDialogProps {
  defaultType: string;
  onSend: (input: { type: string; payload: unknown }) => void;
  onClose: () => void;
}

const FIELD = 'rounded-md border border-slate-300 px-2 py-1 font-mono text-sm';

/** The event's problem before it is sent, or null when it may go. */
export function eventProblem(type: string, text: string): string | null {
  if (!EVENT_TYPE_PATTERN.test(type))
    return 'The type must start with a letter, digit or _ and hold only letters, digits, - and _.';
  if (new TextEncoder().encode(text).length > MAX_EVENT_BYTES) return 'The payload is larger than 1 MiB.';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `The payload is not valid JSON: ${(error as Error).message}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'The payload must be a JSON object.';
  return null;
}

export function SendEventDialog({ defaultType, onSend, onClose }: SendEventDialogProps) {
  const [type, setType] = useState(defaultType);
  const [text, setText] = useState('{}');
  const [touched, setTouched] = useState(false);
  const problem = eventProblem(type, text);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem === null) onSend({ type, payload: JSON.parse(text) });
  };
  return (
    <ModalDialog title="Send event" onClose={onClose}>
      <form className="space-y-3" onSubmit={submit} noValidate>
        <label className="flex flex-col gap-1 text-sm text-slate-700">
          Event type
          <input className={FIELD} value={type} onChange={(e) => setType(e.target.value)} data-autofocus />
        </label>
        <label className="flex flex-col gap-1 text-sm text-slate-700">
          Payload (JSON)
          <textarea
            className={`${FIELD} h-40`}
            value={text}
            spellCheck={false}
            aria-invalid={touched && problem !== null}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        {touched && problem ? (
          <p role="alert" className="text-sm text-rose-700">
            {problem}
          </p>
        ) : null}
        <div className="flex justify-end gap-2">
          <button
            type="button"
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm"
            onClick={onClose}
          >
            Cancel
          </button>
          <button type="submit" className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white">
            Send
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
