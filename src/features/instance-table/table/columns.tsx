import {
  type ColumnDef,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { durationMs, type InstanceRow } from '../../../api/instance-list/instance-rows.ts';
import { formatAbsolute, formatDuration, formatRelative, NO_VALUE } from '../../../lib/format-time.ts';
import { COLUMN_IDS, type ColumnId, type TimeZone } from '../../../lib/url-state/view-state.ts';

/** Row processing (filter, sort) happens in sort-rows.ts on precomputed keys; the table owns columns. */
export const instanceTableFeatures = tableFeatures({ columnVisibilityFeature, rowSortingFeature });

export const COLUMN_LABELS: Record<ColumnId, string> = {
  id: 'Instance ID',
  status: 'Status',
  created_on: 'Created',
  started_on: 'Started',
  ended_on: 'Ended',
  modified_on: 'Modified',
  duration: 'Duration',
  trigger_source: 'Trigger',
  version_id: 'Version',
};

/** Row height in px: fixed, so offsets are index × height and no row is measured. */
export const ROW_HEIGHT = 36;

/** Fixed column widths (px): rows are absolutely positioned, so every row shares one grid template. */
export const COLUMN_WIDTHS: Record<ColumnId, number> = {
  id: 300,
  status: 150,
  created_on: 120,
  started_on: 120,
  ended_on: 120,
  modified_on: 120,
  duration: 110,
  trigger_source: 90,
  version_id: 300,
};

/** Values for the table's own APIs (`getCanSort` needs an accessor); display and sorting use InstanceRow. */
const ACCESSORS: Record<ColumnId, (row: InstanceRow) => string | number | null> = {
  id: (row) => row.id,
  status: (row) => row.status,
  created_on: (row) => row.createdMs,
  started_on: (row) => row.startedMs,
  ended_on: (row) => row.endedMs,
  modified_on: (row) => row.modifiedMs,
  duration: (row) => durationMs(row, Date.now()),
  trigger_source: (row) => row.triggerSource,
  version_id: (row) => row.versionId,
};

const TEXT_COLUMNS: readonly ColumnId[] = ['id', 'status', 'trigger_source', 'version_id'];

export const instanceColumns: ColumnDef<typeof instanceTableFeatures, InstanceRow>[] = COLUMN_IDS.map(
  (id) => ({
    id,
    accessorFn: ACCESSORS[id],
    header: COLUMN_LABELS[id],
    // Rows are sorted outside the table (manualSorting); the first click on a time column sorts newest first.
    sortDescFirst: !TEXT_COLUMNS.includes(id),
    enableHiding: id !== 'id',
  }),
);

export interface CellContext {
  now: number;
  tz: TimeZone;
}

/** A cell that is plain text: its text, a hover title, and whether it shows a live value. */
export interface TextCell {
  text: string;
  title?: string;
  live?: boolean;
  /** No value: the cell shows a muted dash. */
  empty?: boolean;
}

function timeCell(ms: number | null, context: CellContext): TextCell {
  if (ms === null) return { text: NO_VALUE, empty: true };
  return { text: formatRelative(ms, context.now), title: formatAbsolute(ms, context.tz) };
}

/**
 * The text of a plain-text cell (every column but id and status). Cells are text directly in the `td`: every
 * element in a row costs style and layout on each scroll frame.
 */
export function textCell(
  column: Exclude<ColumnId, 'id' | 'status'>,
  row: InstanceRow,
  context: CellContext,
): TextCell {
  switch (column) {
    case 'created_on':
      return timeCell(row.createdMs, context);
    case 'started_on':
      return timeCell(row.startedMs, context);
    case 'ended_on':
      return timeCell(row.endedMs, context);
    case 'modified_on':
      return timeCell(row.modifiedMs, context);
    case 'duration':
      return { text: formatDuration(durationMs(row, context.now)), live: row.live };
    case 'trigger_source':
      return row.triggerSource ? { text: row.triggerSource } : { text: NO_VALUE, empty: true };
    case 'version_id':
      return row.versionId ? { text: row.versionId } : { text: NO_VALUE, empty: true };
  }
}

/** A plain-text cell: one line, clipped with an ellipsis, a muted dash when empty. */
const TEXT_CELL = 'overflow-clip text-ellipsis whitespace-nowrap px-2 data-empty:text-slate-500';

/** Classes of each column's cells; constant per column, so that reusing a row for another changes no class. */
export const CELL_CLASSES: Record<ColumnId, string> = {
  id: 'flex min-w-0 items-center gap-1 px-2',
  status: 'overflow-clip px-2',
  created_on: TEXT_CELL,
  started_on: TEXT_CELL,
  ended_on: TEXT_CELL,
  modified_on: TEXT_CELL,
  duration: `${TEXT_CELL} tabular-nums data-live:text-blue-700`,
  trigger_source: TEXT_CELL,
  version_id: `${TEXT_CELL} font-mono text-xs`,
};
