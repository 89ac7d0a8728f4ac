import { RangePicker } from '../../../components/range-picker.tsx';
import type { ErrorsSort, ErrorsView } from '../../../lib/url-state/errors-search.ts';

export interface TriageToolbarProps {
  view: ErrorsView;
  onChange: (patch: Partial<ErrorsView>, options?: { replace?: boolean }) => void;
  onExport: () => void;
  canExport: boolean;
}

const SORTS: { value: ErrorsSort; label: string }[] = [
  { value: 'count', label: 'Count' },
  { value: 'recent', label: 'Most recent' },
];

/** Range, sort, search within messages, and the groups export. */
export function TriageToolbar({ view, onChange, onExport, canExport }: TriageToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white px-3 py-2">
      <RangePicker
        value={view.range}
        allowAll={false}
        onChange={(range) => {
          if (range.kind !== 'all') onChange({ range, group: null });
        }}
      />
      <fieldset className="flex items-center gap-1 text-xs">
        <legend className="sr-only">Sort groups</legend>
        <span className="text-slate-600" aria-hidden="true">
          Sort
        </span>
        {SORTS.map((sort) => (
          <button
            key={sort.value}
            type="button"
            aria-pressed={view.sort === sort.value}
            onClick={() => onChange({ sort: sort.value })}
            className="rounded border border-slate-300 px-2 py-0.5 aria-pressed:bg-slate-800 aria-pressed:text-white"
          >
            {sort.label}
          </button>
        ))}
      </fieldset>
      <label className="inline-flex items-center gap-1 text-xs">
        Search messages
        <input
          type="search"
          defaultValue={view.q}
          onChange={(event) => onChange({ q: event.target.value.trim() }, { replace: true })}
          className="w-56 rounded border border-slate-300 px-2 py-0.5"
        />
      </label>
      <button
        type="button"
        onClick={onExport}
        disabled={!canExport}
        className="ml-auto rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-50"
      >
        Export groups (CSV)
      </button>
    </div>
  );
}
