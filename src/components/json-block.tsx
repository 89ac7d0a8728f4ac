import { useId, useState } from 'react';

export interface JsonBlockProps {
  /** Heading of the block, also its accessible name ("Params", "Output"). */
  title: string;
  value: unknown;
  /** Characters shown before "Show all". */
  previewChars?: number;
  defaultOpen?: boolean;
}

/** Strings that hold JSON (step outputs often do) are shown parsed. */
export function prettyJson(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2) ?? String(value);
}

/** A collapsible, pretty-printed JSON value; large ones are truncated until "Show all". */
export function JsonBlock({ title, value, previewChars = 4000, defaultOpen = true }: JsonBlockProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [showAll, setShowAll] = useState(false);
  const bodyId = useId();
  const text = prettyJson(value);
  const empty = value === undefined || value === null || text === '' || text === '{}';
  const truncated = !showAll && text.length > previewChars;
  return (
    <section aria-label={title} className="rounded-lg border border-slate-200 bg-white">
      <h3 className="text-sm">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((v) => !v)}
          className="flex w-full items-center gap-2 px-3 py-2 text-left font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-orange-500"
        >
          <span
            aria-hidden="true"
            className={`text-slate-500 transition-transform ${open ? 'rotate-90' : ''}`}
          >
            ▸
          </span>
          {title}
          <span className="ml-auto text-xs font-normal text-slate-500 tabular-nums">
            {empty ? 'empty' : `${text.length.toLocaleString('en-US')} chars`}
          </span>
        </button>
      </h3>
      {open ? (
        <div id={bodyId} className="border-t border-slate-100">
          {empty ? (
            <p className="px-3 py-2 text-sm text-slate-500">No {title.toLowerCase()}.</p>
          ) : (
            <pre className="max-h-96 overflow-auto px-3 py-2 font-mono text-xs leading-relaxed text-slate-800">
              {truncated ? `${text.slice(0, previewChars)}…` : text}
            </pre>
          )}
          {truncated ? (
            <button
              type="button"
              onClick={() => setShowAll(true)}
              className="m-2 rounded px-2 py-1 text-xs font-medium text-orange-700 hover:bg-orange-50 focus-visible:outline-2 focus-visible:outline-orange-500"
            >
              Show all
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
