import { memo } from 'react';
import { attemptLabel, KIND_LABEL, rowSummary } from './model/labels.ts';
import type { GanttRow } from './model/types.ts';
import { LABEL_WIDTH, ROW_HEIGHT } from './selection.ts';

/** Attempt cells drawn per row; the rest are summed up in one cell (limit is up to 10,000 retries). */
const MAX_CELLS = 24;

const CELL_CLASS: Record<string, string> = {
  succeeded: 'bg-green-600 text-white',
  failed: 'bg-red-600 text-white',
  running: 'bg-blue-600 text-white',
  unknown: 'bg-slate-400 text-white',
};

export const cellId = (p: number, attempt: number | null) => `gantt-cell-${p}-${attempt ?? 'row'}`;

interface Props {
  row: GanttRow;
  position: number;
  top: number;
  selected: boolean;
  selectedAttempt: number | null;
  now: number | null;
  onSelect: (key: string, attempt: number | null) => void;
}

/** One row of the accessible treegrid: the step's name, type and words, and a cell per attempt. */
export const GanttTreeRow = memo(function GanttTreeRow({
  row,
  position,
  top,
  selected,
  selectedAttempt,
  now,
  onSelect,
}: Props) {
  const attempts = row.attempts.length > MAX_CELLS ? row.attempts.slice(-MAX_CELLS) : row.attempts;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <tr> cannot be absolutely positioned by the virtualizer
    <div
      role="row"
      tabIndex={-1}
      aria-rowindex={position + 1}
      aria-level={1}
      aria-selected={selected}
      className={`absolute left-0 flex items-center gap-1 border-b border-slate-100 px-2 text-xs ${
        selected ? 'bg-sky-100' : row.lane === 'rollback' ? 'bg-fuchsia-50' : 'bg-white'
      }`}
      style={{ top, height: ROW_HEIGHT, width: LABEL_WIDTH }}
    >
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useSemanticElements: the treegrid handles keys for its active cell (aria-activedescendant) */}
      <div
        role="rowheader"
        tabIndex={-1}
        id={cellId(position, null)}
        className={`min-w-0 flex-1 cursor-pointer truncate ${selected && selectedAttempt === null ? 'font-semibold' : ''}`}
        onClick={() => onSelect(row.key, null)}
        title={row.key}
        aria-label={`${row.kind === 'rollback' ? 'rollback ' : ''}${row.name}, ${rowSummary(row)}`}
      >
        <span aria-hidden="true" className="mr-1 rounded bg-slate-100 px-1 text-[10px] text-slate-600">
          {KIND_LABEL[row.kind]}
        </span>
        {row.name}
        <span className="sr-only">, {rowSummary(row)}</span>
      </div>
      {row.attempts.length > MAX_CELLS && (
        // biome-ignore lint/a11y/useSemanticElements: see the row
        <div role="gridcell" tabIndex={-1} className="text-[10px] text-slate-500">
          +{row.attempts.length - MAX_CELLS}
        </div>
      )}
      {attempts.map((attempt) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/useSemanticElements: the treegrid handles keys for its active cell (aria-activedescendant)
        <div
          key={attempt.number}
          role="gridcell"
          tabIndex={-1}
          id={cellId(position, attempt.number)}
          aria-label={attemptLabel(row, attempt, now)}
          aria-selected={selected && selectedAttempt === attempt.number}
          className={`flex h-4 min-w-4 cursor-pointer items-center justify-center rounded px-0.5 text-[10px] ${
            CELL_CLASS[attempt.outcome]
          } ${selected && selectedAttempt === attempt.number ? 'ring-2 ring-slate-900' : ''}`}
          onClick={() => onSelect(row.key, attempt.number)}
        >
          {attempt.number}
          {attempt.timedOut ? (
            <span
              aria-hidden="true"
              title="timed out (inferred)"
              className="ml-0.5 size-1.5 rounded-full bg-amber-300"
            />
          ) : null}
        </div>
      ))}
    </div>
  );
});
