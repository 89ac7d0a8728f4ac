import { useState } from 'react';

/** Copies an instance id without opening the instance (the row's click opens it). */
export function CopyIdButton({ id }: { id: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={`Copy instance id ${id}`}
      title={copied ? 'Copied' : 'Copy id'}
      onClick={(event) => {
        event.stopPropagation();
        void navigator.clipboard?.writeText(id).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
      className="shrink-0 rounded px-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
    >
      {copied ? '✓' : '⧉'}
    </button>
  );
}
