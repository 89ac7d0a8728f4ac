import type { SortState } from '../../../lib/url-state/view-state.ts';
import { COLUMN_LABELS } from './columns.tsx';

/**
 * The API orders only by creation time, so any other order is of the rows loaded so far: say so, and offer
 * to load the whole range (peers.md "honest sorting").
 */
export function SortScope({
  sort,
  loaded,
  complete,
  busy,
  onLoadAll,
}: {
  sort: SortState;
  loaded: number;
  complete: boolean;
  busy: boolean;
  onLoadAll: () => void;
}) {
  const column = COLUMN_LABELS[sort.column].toLowerCase();
  const count = loaded.toLocaleString('en-US');
  let text: string;
  if (sort.column === 'created_on' && sort.desc) {
    // The API's own order: the loaded rows are exactly the newest of the range.
    text = complete ? `All ${count} instances of this range.` : `${count} loaded instances of this range.`;
  } else {
    text = complete
      ? `Sorted by ${column} among all ${count} instances of this range.`
      : `Sorted by ${column} among ${count} loaded instances of this range.`;
  }
  // Two lines' height reserved where the longest text wraps (under `sm`): the count changes as rows load,
  // and the table below must not move with it.
  return (
    <p className="min-h-8 text-xs text-slate-600 sm:min-h-4">
      {text}{' '}
      {!complete && (
        <button
          type="button"
          onClick={onLoadAll}
          disabled={busy}
          className="font-medium text-blue-700 underline"
        >
          Load all in range
        </button>
      )}
    </p>
  );
}
