import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { type JsonRow, openedTo, parsedPayload, searchJson, visibleJsonRows } from './json-rows.ts';
import { JsonTree } from './json-tree.tsx';
import { byteSize, formatBytes, payloadText, REDACTED } from './payload-size.ts';

export interface PayloadViewerProps {
  /** Heading and accessible name ("Params", "Output", "Error"). */
  title: string;
  value: unknown;
  /** The step's config says `sensitive: "output"`: the platform redacts what it stores. */
  sensitive?: boolean;
  /** File name offered for download, without extension. */
  fileName?: string;
}

/** Objects above this size open collapsed below the root: nothing else is enumerated until asked for. */
const OPEN_BELOW_BYTES = 16 * 1024;

/** A JSON payload with collapse/expand, search, copy value and path, its size and a download. */
export function PayloadViewer({ title, value, sensitive = false, fileName }: PayloadViewerProps) {
  const root = useMemo(() => parsedPayload(value), [value]);
  const text = useMemo(() => payloadText(value), [value]);
  const bytes = useMemo(() => byteSize(text), [text]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() =>
    bytes <= OPEN_BELOW_BYTES ? openedTo(root, 3) : new Set(['$']),
  );
  const [query, setQuery] = useState('');
  const [hitIndex, setHitIndex] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const hits = useMemo(() => searchJson(root, deferredQuery), [root, deferredQuery]);
  const hitIds = useMemo(() => new Set(hits.map((h) => h.at(-1) ?? '')), [hits]);
  const current = hits[hitIndex] ?? null;
  const searchId = useId();

  // Opening a search hit expands its ancestors.
  useEffect(() => {
    if (!current) return;
    setExpanded((prev) => {
      const missing = current.slice(0, -1).filter((id) => !prev.has(id));
      return missing.length === 0 ? prev : new Set([...prev, ...missing]);
    });
  }, [current]);

  const rows = useMemo(() => visibleJsonRows(root, expanded), [root, expanded]);
  const toggle = (row: JsonRow) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(row.id)) next.delete(row.id);
      else next.add(row.id);
      return next;
    });
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName ?? title.toLowerCase()}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const redacted = value === REDACTED || sensitive;
  const empty = value === undefined || value === null || value === '';
  const step = (by: 1 | -1) =>
    setHitIndex((i) => (hits.length === 0 ? 0 : (i + by + hits.length) % hits.length));

  return (
    <section aria-label={title} className="min-w-0 rounded-lg border border-slate-200 bg-white">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-3 py-2">
        <h3 className="text-sm font-medium text-slate-800">{title}</h3>
        {redacted ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
            Redacted{sensitive ? ' (config.sensitive)' : ''}
          </span>
        ) : null}
        <span className="text-xs text-slate-500 tabular-nums">{empty ? 'empty' : formatBytes(bytes)}</span>
        {empty ? null : (
          <span className="ml-auto flex items-center gap-1">
            <label htmlFor={searchId} className="sr-only">
              Search {title}
            </label>
            <input
              id={searchId}
              type="search"
              value={query}
              placeholder="Search"
              onChange={(event) => {
                setQuery(event.target.value);
                setHitIndex(0);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
              }}
              className="h-7 w-28 rounded border border-slate-300 px-2 text-xs"
            />
            {deferredQuery ? (
              <span className="text-xs text-slate-600 tabular-nums" aria-live="polite">
                {hits.length === 0 ? 'no match' : `${hitIndex + 1} of ${hits.length}`}
              </span>
            ) : null}
            <button type="button" onClick={download} className={BUTTON}>
              Download
            </button>
          </span>
        )}
      </div>
      {empty ? (
        <p className="px-3 py-2 text-sm text-slate-500">No {title.toLowerCase()}.</p>
      ) : (
        <JsonTree
          title={title}
          rows={rows}
          current={current?.at(-1) ?? null}
          hits={hitIds}
          onToggle={toggle}
        />
      )}
    </section>
  );
}

const BUTTON =
  'h-7 rounded border border-slate-200 px-2 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-orange-500';
