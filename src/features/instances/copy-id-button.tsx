import { useState } from 'react';

/** Copies an instance id without opening the instance (the row's click opens it). */
export function CopyIdButton({ id }: { id: string }) {
  // The id it copied rather than a flag: table rows are pooled, so this button is reused for other ids.
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const copied = copiedId === id;
  return (
    <button
      type="button"
      tabIndex={-1}
      aria-label={`Copy instance id ${id}`}
      title={copied ? 'Copied' : 'Copy id'}
      onClick={(event) => {
        event.stopPropagation();
        void navigator.clipboard?.writeText(id).then(() => {
          setCopiedId(id);
          setTimeout(() => setCopiedId(null), 1500);
        });
      }}
      className="shrink-0 rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor">
        {copied ? (
          <path d="M3 8.5l3 3 7-7" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <>
            <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" strokeWidth="1.4" />
            <path
              d="M10.5 3.5v-.5a1.5 1.5 0 0 0-1.5-1.5H4A1.5 1.5 0 0 0 2.5 3v5A1.5 1.5 0 0 0 4 9.5h.5"
              strokeWidth="1.4"
            />
          </>
        )}
      </svg>
    </button>
  );
}
