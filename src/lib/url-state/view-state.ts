import { INSTANCE_STATUSES, isKnownStatus, type KnownInstanceStatus } from '../../../contract/status.ts';
import type { DroppedValue } from './search-codec.ts';
import type { WorkflowSearch } from './workflow-search.ts';

/**
 * The instance table's view state and its URL codec (PRODUCT.md "Shareable URLs"). Parsing is lenient:
 * every value the view cannot use is dropped and reported, so a bad link still opens a view.
 */
export const COLUMN_IDS = [
  'id',
  'status',
  'created_on',
  'started_on',
  'ended_on',
  'modified_on',
  'duration',
  'trigger_source',
  'version_id',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'id',
  'status',
  'created_on',
  'started_on',
  'ended_on',
  'duration',
  'trigger_source',
];

export const RANGE_PRESETS = ['1h', '24h', '7d', '30d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const PRESET_MS: Record<RangePreset, number> = {
  '1h': 3_600_000,
  '24h': 86_400_000,
  '7d': 7 * 86_400_000,
  '30d': 30 * 86_400_000,
};

/** `all`: no date filter (everything the API retains). Custom bounds are epoch ms; either may be open. */
export type TimeRange =
  | { kind: 'all' }
  | { kind: 'preset'; preset: RangePreset }
  | { kind: 'custom'; from: number | null; to: number | null };

export interface SortState {
  column: ColumnId;
  desc: boolean;
}

export type TimeZone = 'local' | 'utc';

export interface InstanceView {
  /** Empty: every status (one unfiltered request stream). Canonical order, no duplicates. */
  statuses: KnownInstanceStatus[];
  range: TimeRange;
  /** Instance id substring, trimmed. */
  q: string;
  sort: SortState;
  /** Visible columns in canonical order; always contains `id`. */
  columns: ColumnId[];
  tz: TimeZone;
}

export const DEFAULT_SORT: SortState = { column: 'created_on', desc: true };
export const Q_MAX_LENGTH = 100;

export const DEFAULT_VIEW: InstanceView = {
  statuses: [],
  range: { kind: 'all' },
  q: '',
  sort: DEFAULT_SORT,
  columns: [...DEFAULT_COLUMNS],
  tz: 'local',
};

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value);
}

function isPreset(value: string): value is RangePreset {
  return (RANGE_PRESETS as readonly string[]).includes(value);
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

export function canonicalStatuses(values: Iterable<string>): KnownInstanceStatus[] {
  const set = new Set(values);
  return INSTANCE_STATUSES.filter((status) => set.has(status));
}

export function canonicalColumns(values: Iterable<string>): ColumnId[] {
  const set = new Set(values);
  set.add('id');
  return COLUMN_IDS.filter((column) => set.has(column));
}

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** ISO 8601 date or date-time; without an offset it is read as UTC (PRODUCT.md: `from`/`to` are UTC). */
export function parseIsoUtc(value: string): number | null {
  if (!ISO_PATTERN.test(value)) return null;
  const hasZone = /T.*(Z|[+-]\d{2}:?\d{2})$/i.test(value);
  const ms = Date.parse(value.includes('T') && !hasZone ? `${value}Z` : value);
  return Number.isFinite(ms) ? ms : null;
}

/** `2026-11-20T12:00:00Z` (milliseconds only when present). */
export function formatIsoUtc(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function parseRange(search: WorkflowSearch, dropped: DroppedValue[]): TimeRange {
  if (search.range !== undefined) {
    if (isPreset(search.range)) {
      for (const param of ['from', 'to'] as const) {
        const value = search[param];
        if (value !== undefined) dropped.push({ param, value, reason: `range=${search.range} is also set` });
      }
      return { kind: 'preset', preset: search.range };
    }
    dropped.push({ param: 'range', value: search.range, reason: `use one of ${RANGE_PRESETS.join(', ')}` });
  }
  const bound = (param: 'from' | 'to'): number | null => {
    const value = search[param];
    if (value === undefined) return null;
    const ms = parseIsoUtc(value);
    if (ms === null) dropped.push({ param, value, reason: 'not an ISO 8601 date' });
    return ms;
  };
  const from = bound('from');
  const to = bound('to');
  if (from !== null && to !== null && from > to) {
    dropped.push({ param: 'to', value: search.to ?? '', reason: 'it is before from' });
    return { kind: 'custom', from, to: null };
  }
  if (from === null && to === null) return { kind: 'all' };
  return { kind: 'custom', from, to };
}

function parseSort(value: string | undefined, dropped: DroppedValue[]): SortState {
  if (value === undefined) return DEFAULT_SORT;
  const desc = value.startsWith('-');
  const column = desc ? value.slice(1) : value;
  if (isColumnId(column)) return { column, desc };
  dropped.push({ param: 'sort', value, reason: 'unknown column' });
  return DEFAULT_SORT;
}

export function parseInstanceView(search: WorkflowSearch): { view: InstanceView; dropped: DroppedValue[] } {
  const dropped: DroppedValue[] = [];
  const statuses: string[] = [];
  for (const status of splitList(search.status ?? '')) {
    if (isKnownStatus(status)) statuses.push(status);
    else dropped.push({ param: 'status', value: status, reason: 'unknown status' });
  }
  let columns = [...DEFAULT_COLUMNS] as ColumnId[];
  if (search.cols !== undefined) {
    const known: string[] = [];
    for (const column of splitList(search.cols)) {
      if (isColumnId(column)) known.push(column);
      else dropped.push({ param: 'cols', value: column, reason: 'unknown column' });
    }
    if (known.length > 0) columns = canonicalColumns(known);
  }
  let tz: TimeZone = 'local';
  if (search.tz === 'utc') tz = 'utc';
  else if (search.tz !== undefined && search.tz !== 'local') {
    dropped.push({ param: 'tz', value: search.tz, reason: 'use utc or local' });
  }
  let q = (search.q ?? '').trim();
  if (q.length > Q_MAX_LENGTH) {
    dropped.push({ param: 'q', value: q, reason: `longer than ${Q_MAX_LENGTH} characters` });
    q = '';
  }
  const view: InstanceView = {
    statuses: canonicalStatuses(statuses),
    range: parseRange(search, dropped),
    q,
    sort: parseSort(search.sort, dropped),
    columns,
    tz,
  };
  return { view, dropped };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** The inverse of parseInstanceView; defaults are left out. */
export function serializeInstanceView(view: InstanceView): WorkflowSearch {
  const search: WorkflowSearch = {};
  if (view.statuses.length > 0) search.status = canonicalStatuses(view.statuses).join(',');
  if (view.range.kind === 'preset') search.range = view.range.preset;
  if (view.range.kind === 'custom') {
    if (view.range.from !== null) search.from = formatIsoUtc(view.range.from);
    if (view.range.to !== null) search.to = formatIsoUtc(view.range.to);
  }
  if (view.q.trim() !== '') search.q = view.q.trim();
  if (view.sort.column !== DEFAULT_SORT.column || view.sort.desc !== DEFAULT_SORT.desc) {
    search.sort = `${view.sort.desc ? '-' : ''}${view.sort.column}`;
  }
  const columns = canonicalColumns(view.columns);
  if (!sameList(columns, DEFAULT_COLUMNS)) search.cols = columns.join(',');
  if (view.tz === 'utc') search.tz = 'utc';
  return search;
}
