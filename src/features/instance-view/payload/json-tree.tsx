import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { CopyButton } from '../../../components/copy-button.tsx';
import { type JsonRow, pathText, previewOf } from './json-rows.ts';

const ROW_HEIGHT = 24;
const MAX_HEIGHT = 384;

const VALUE_CLASS: Record<string, string> = {
  string: 'text-emerald-800',
  number: 'text-sky-800',
  boolean: 'text-violet-800',
  object: 'text-slate-500',
};

interface Props {
  title: string;
  rows: readonly JsonRow[];
  /** Row id of the current search hit, scrolled into view. */
  current: string | null;
  hits: ReadonlySet<string>;
  onToggle: (row: JsonRow) => void;
}

/** The payload's rows, virtualized: only the ones in view are in the DOM, whatever the payload's size. */
export function JsonTree({ title, rows, current, hits, onToggle }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 400, height: MAX_HEIGHT },
  });
  const currentIndex = current === null ? -1 : rows.findIndex((row) => row.id === current);
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'center' });
  }, [currentIndex, virtualizer]);
  return (
    <div
      ref={scrollRef}
      className="overflow-auto font-mono text-xs"
      style={{ maxHeight: MAX_HEIGHT, height: Math.min(MAX_HEIGHT, rows.length * ROW_HEIGHT + 2) }}
    >
      <ul aria-label={`${title} fields`} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const path = pathText(row.path);
          return (
            <li
              key={row.id}
              className={`group absolute left-0 flex w-full items-center gap-1 pr-2 whitespace-nowrap ${
                row.id === current ? 'bg-amber-100' : hits.has(row.id) ? 'bg-amber-50' : 'hover:bg-slate-50'
              }`}
              style={{ top: item.start, height: ROW_HEIGHT, paddingLeft: 8 + row.depth * 14 }}
            >
              {row.size !== null ? (
                <button
                  type="button"
                  aria-expanded={row.expanded}
                  aria-label={`${row.expanded ? 'Collapse' : 'Expand'} ${path}`}
                  onClick={() => onToggle(row)}
                  className="w-4 shrink-0 text-slate-500 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-orange-500"
                >
                  {row.expanded ? '▾' : '▸'}
                </button>
              ) : (
                <span className="w-4 shrink-0" />
              )}
              {row.label !== null ? <span className="text-slate-700">{row.label}:</span> : null}
              <span
                className={`min-w-0 truncate ${VALUE_CLASS[row.size !== null ? 'object' : typeof row.value] ?? 'text-slate-800'}`}
              >
                {previewOf(row.value, row.size)}
              </span>
              <span className="ml-auto flex shrink-0 gap-1 opacity-0 group-focus-within:opacity-100 group-hover:opacity-100">
                <CopyButton
                  value={JSON.stringify(row.value, null, 2) ?? ''}
                  label={`Copy value of ${path}`}
                />
                <CopyButton value={path} label={`Copy path ${path}`} />
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
