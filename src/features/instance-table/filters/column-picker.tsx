import { COLUMN_IDS, type ColumnId, canonicalColumns } from '../../../lib/url-state/view-state.ts';
import { COLUMN_LABELS } from '../table/columns.tsx';

export function ColumnPicker({
  value,
  onChange,
}: {
  value: readonly ColumnId[];
  onChange: (next: ColumnId[]) => void;
}) {
  return (
    <details className="relative text-xs">
      <summary className="cursor-pointer rounded border border-slate-300 px-2 py-0.5">Columns</summary>
      <fieldset className="absolute right-0 z-30 mt-1 grid gap-1 rounded border border-slate-200 bg-white p-2 shadow">
        <legend className="sr-only">Visible columns</legend>
        {COLUMN_IDS.map((column) => (
          <label key={column} className="inline-flex items-center gap-1 whitespace-nowrap">
            <input
              type="checkbox"
              checked={value.includes(column)}
              disabled={column === 'id'}
              onChange={(event) =>
                onChange(
                  canonicalColumns(
                    event.target.checked ? [...value, column] : value.filter((c) => c !== column),
                  ),
                )
              }
            />
            {COLUMN_LABELS[column]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
