import type { InstanceRow } from '../../../api/instance-list/instance-rows.ts';

export interface SelectMatchingProps {
  /** The loaded rows that match the filter and the search. */
  matching: readonly InstanceRow[];
  /** The checked rows among the loaded ones. */
  checked: readonly InstanceRow[];
  /** Whether every page of the filter is loaded (otherwise "all" means all loaded so far). */
  complete: boolean;
  onChange: (ids: string[], checked: boolean) => void;
  /** Loads every page of the filter (the table's Load all, at the bulk share) and checks what matches. */
  onSelectAcrossPages: () => void;
  /** A load of every page is running (the table shows its progress and Cancel). */
  busy: boolean;
}

/** "Select all 1,234 matching this filter" and "Clear selection", over the table. */
export function SelectMatching({
  matching,
  checked,
  complete,
  onChange,
  onSelectAcrossPages,
  busy,
}: SelectMatchingProps) {
  const count = matching.length.toLocaleString('en-US');
  return (
    <div className="flex flex-wrap items-center gap-3 text-xs text-slate-700">
      {complete ? (
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-0.5"
          disabled={matching.length === 0}
          onClick={() =>
            onChange(
              matching.map((row) => row.id),
              true,
            )
          }
        >
          Select all {count} matching this filter
        </button>
      ) : (
        <>
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-50"
            disabled={busy}
            onClick={onSelectAcrossPages}
          >
            Select all matching this filter
          </button>
          <span>({count} loaded; the rest are loaded first)</span>
        </>
      )}
      {checked.length > 0 ? (
        <>
          <span>{checked.length.toLocaleString('en-US')} selected</span>
          <button
            type="button"
            className="underline"
            onClick={() =>
              onChange(
                checked.map((row) => row.id),
                false,
              )
            }
          >
            Clear selection
          </button>
        </>
      ) : null}
    </div>
  );
}
