import {
  type ColumnDef,
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { StatusBadge } from '../../components/status-badge.tsx';
import { formatAbsolute, formatDuration, formatRelative, NO_VALUE } from '../../lib/format-time.ts';
import { durationMs, type InstanceRow } from './instance-rows.ts';
import { COLUMN_IDS, type ColumnId, type TimeZone } from './view-state.ts';

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

function TimeCell({ ms, context }: { ms: number | null; context: CellContext }) {
  if (ms === null) return <span className="text-slate-400">{NO_VALUE}</span>;
  const absolute = formatAbsolute(ms, context.tz);
  return (
    <time dateTime={new Date(ms).toISOString()} title={absolute}>
      {formatRelative(ms, context.now)}
    </time>
  );
}

/** One cell's content; rendered only for the rows in view. */
export function InstanceCell({
  column,
  row,
  context,
}: {
  column: ColumnId;
  row: InstanceRow;
  context: CellContext;
}) {
  switch (column) {
    case 'id':
      return <span className="truncate font-mono text-xs">{row.id}</span>;
    case 'status':
      return <StatusBadge status={row.status} />;
    case 'created_on':
      return <TimeCell ms={row.createdMs} context={context} />;
    case 'started_on':
      return <TimeCell ms={row.startedMs} context={context} />;
    case 'ended_on':
      return <TimeCell ms={row.endedMs} context={context} />;
    case 'modified_on':
      return <TimeCell ms={row.modifiedMs} context={context} />;
    case 'duration': {
      const ms = durationMs(row, context.now);
      return (
        <span className={row.live ? 'tabular-nums text-blue-700' : 'tabular-nums'}>{formatDuration(ms)}</span>
      );
    }
    case 'trigger_source':
      return <span>{row.triggerSource || NO_VALUE}</span>;
    case 'version_id':
      return <span className="truncate font-mono text-xs">{row.versionId || NO_VALUE}</span>;
  }
}
