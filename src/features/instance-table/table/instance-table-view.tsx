import { type SortingState, type Updater, useTable } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { InstanceRow } from '../../../api/instance-list/instance-rows.ts';
import {
  COLUMN_IDS,
  type ColumnId,
  type SortState,
  type TimeZone,
} from '../../../lib/url-state/view-state.ts';
import { COLUMN_WIDTHS, instanceColumns, instanceTableFeatures, ROW_HEIGHT } from './columns.tsx';
import { InstanceTableRow } from './instance-table-row.tsx';
import { NewAboveButton } from './new-above-button.tsx';
import { inSlotOrder } from './row-pool.ts';
import { useCheckRange } from './use-check-range.ts';
import { useDisplayRows } from './use-display-rows.ts';
import { useRowPool } from './use-row-pool.ts';
import { useRowSelection } from './use-row-selection.ts';
import { useScrollAnchor } from './use-scroll-anchor.ts';

/** Rows from the end at which the next page is requested. */
const NEAR_END_ROWS = 30;
const rowHeight = () => ROW_HEIGHT;

export interface InstanceTableViewProps {
  workflowName: string;
  /** Loaded rows, newest first (the API's order). Filtering by `q` and sorting happen here, memoized. */
  rows: readonly InstanceRow[];
  q?: string;
  sort: SortState;
  columns: readonly ColumnId[];
  tz: TimeZone;
  /** The clock for relative times and live durations (epoch ms). */
  now: number;
  onSortChange?: (sort: SortState) => void;
  onOpen?: (id: string) => void;
  hrefFor?: (id: string) => string;
  /** Called when the user scrolls within a few rows of the last loaded one. */
  onNearEnd?: () => void;
  /** Shown after the last row: "loading more", the end marker. */
  footer?: ReactNode;
  /** Height of the scrolling viewport in px. */
  height?: number;
  initialScrollOffset?: number;
  onScrollOffsetChange?: (offset: number) => void;
  /** Checked rows for bulk actions (kept by the caller, outside the pooled rows); no checkboxes without it. */
  checked?: ReadonlySet<string>;
  onCheckedChange?: (ids: string[], checked: boolean) => void;
}

/** The checkbox column's width, px. */
const CHECK_WIDTH = 32;

export function InstanceTableView(props: InstanceTableViewProps) {
  const { rows, q = '', sort, columns, tz, now, onSortChange, onOpen, onNearEnd, height = 600 } = props;
  const display = useDisplayRows(rows, q, sort, now);
  const sorting = useMemo<SortingState>(() => [{ id: sort.column, desc: sort.desc }], [sort]);
  const columnVisibility = useMemo(
    () => Object.fromEntries(COLUMN_IDS.map((id) => [id, columns.includes(id)])),
    [columns],
  );
  const table = useTable({
    features: instanceTableFeatures,
    columns: instanceColumns,
    data: display as InstanceRow[],
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility },
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (first && onSortChange) onSortChange({ column: first.id as ColumnId, desc: first.desc });
    },
  });
  const visible = table.getVisibleLeafColumns().map((column) => column.id as ColumnId);
  // One string so memoized rows compare columns cheaply.
  const visibleKey = visible.join(',');
  // Fixed widths, except that the last column takes what is left, so the table fills wide screens.
  const checkable = props.checked !== undefined;
  const template = `${checkable ? `${CHECK_WIDTH}px ` : ''}${visible
    .map((id, index) =>
      index === visible.length - 1 ? `minmax(${COLUMN_WIDTHS[id]}px, 1fr)` : `${COLUMN_WIDTHS[id]}px`,
    )
    .join(' ')}`;
  const totalWidth = visible.reduce((sum, id) => sum + COLUMN_WIDTHS[id], checkable ? CHECK_WIDTH : 0);
  const onCheck = useCheckRange(display, props.onCheckedChange);

  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable callbacks: the virtualizer recomputes every row's measurement when these change identity.
  const getScrollElement = useCallback(() => scrollRef.current, []);
  // The viewport has a fixed height; use it while the element reports none (not laid out yet, or jsdom).
  const observeRect = useCallback(
    (
      instance: Virtualizer<HTMLDivElement, Element>,
      callback: (rect: { width: number; height: number }) => void,
    ) =>
      observeElementRect(instance, (rect) =>
        callback({ width: rect.width || totalWidth, height: rect.height || height }),
      ),
    [totalWidth, height],
  );
  const virtualizer = useVirtualizer({
    count: display.length,
    getScrollElement,
    estimateSize: rowHeight,
    overscan: 3,
    initialRect: { width: totalWidth, height },
    observeElementRect: observeRect,
    initialOffset: props.initialScrollOffset ?? 0,
  });
  const items = virtualizer.getVirtualItems();
  // Each visible row's pooled slot: its React key and (with the prefix) its element id.
  const slots = useRowPool(items.map((item) => item.index));
  const slot = (index: number) => slots.get(index) ?? 0;
  const rowIdPrefix = `${useId()}-slot-`;
  // Restore the saved offset on the element itself too (the virtualizer starts from it already).
  const restoreTo = useRef(props.initialScrollOffset ?? 0);
  useLayoutEffect(() => {
    if (scrollRef.current && restoreTo.current > 0) scrollRef.current.scrollTop = restoreTo.current;
  }, []);

  const lastIndex = items[items.length - 1]?.index ?? -1;
  // Only scrolling (or new rows) asks again: a `q` that matches few rows must not page the whole range.
  const nearEnd = useRef(onNearEnd);
  nearEnd.current = onNearEnd;
  useEffect(() => {
    if (lastIndex >= display.length - NEAR_END_ROWS) nearEnd.current?.();
  }, [lastIndex, display.length]);

  const newAbove = useScrollAnchor(scrollRef, display);

  const selection = useRowSelection({
    display,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    height,
    onOpen,
  });
  const onScrollOffsetChange = props.onScrollOffsetChange;
  return (
    <div className="relative">
      <NewAboveButton count={newAbove.count} onClick={newAbove.scrollToTop} />
      <div
        ref={scrollRef}
        onScroll={
          onScrollOffsetChange ? (event) => onScrollOffsetChange(event.currentTarget.scrollTop) : undefined
        }
        // The grid is taller than this viewport, so its focus ring is drawn here, where it can be seen.
        className={`overflow-auto rounded border border-slate-200 text-sm ${selection.keyboardFocus ? 'outline-2 outline-offset-2 outline-[#f6821f]' : ''}`}
        style={{ height }}
      >
        {/* An ARIA grid of divs rather than a <table>: a table cell's style depends on its row, so moving a
            pooled row made the browser restyle every cell in it (about 4 ms of each fling frame). */}
        {/* biome-ignore lint/a11y/useSemanticElements: table elements cost a restyle of every cell per moved row */}
        <div
          role="grid"
          aria-label={`Instances of ${props.workflowName}`}
          aria-rowcount={display.length + 1}
          tabIndex={0}
          onKeyDown={selection.onKeyDown}
          onFocus={selection.onFocus}
          onBlur={selection.onBlur}
          className="grid outline-none"
          style={{ minWidth: totalWidth, width: '100%' }}
        >
          {/* biome-ignore lint/a11y/useSemanticElements: see the grid above */}
          <div role="rowgroup" className="sticky top-0 z-10 grid bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              // biome-ignore lint/a11y/useFocusableInteractive: the grid holds focus and moves a row selection
              // biome-ignore lint/a11y/useSemanticElements: see the grid above
              <div
                key={group.id}
                role="row"
                aria-rowindex={1}
                className="grid"
                style={{ gridTemplateColumns: template }}
              >
                {checkable ? <CheckHeader /> : null}
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    // biome-ignore lint/a11y/useFocusableInteractive: the header's sort button is focusable
                    // biome-ignore lint/a11y/useSemanticElements: see the grid above
                    <div
                      key={header.id}
                      role="columnheader"
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                      className="border-b border-slate-200 px-2 py-2 text-left font-medium text-slate-600"
                    >
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 hover:text-slate-900"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          {/* biome-ignore lint/a11y/useSemanticElements: see the grid above */}
          <div
            role="rowgroup"
            aria-owns={items.map((item) => rowIdPrefix + slot(item.index)).join(' ')}
            className="relative grid"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {inSlotOrder(items, slots).map((item) => {
              const row = display[item.index];
              if (!row) return null;
              return (
                <InstanceTableRow
                  // Pooled keys: a row leaving the viewport is reused for one entering it, so scrolling
                  // updates text and attributes instead of creating and removing elements.
                  key={slot(item.index)}
                  domId={rowIdPrefix + slot(item.index)}
                  row={row}
                  index={item.index}
                  start={item.start}
                  selected={row.id === selection.selectedId}
                  columns={visibleKey}
                  now={now}
                  tz={tz}
                  href={props.hrefFor?.(row.id)}
                  onActivate={selection.activate}
                  checked={checkable ? (props.checked?.has(row.id) ?? false) : undefined}
                  onCheck={onCheck}
                />
              );
            })}
          </div>
        </div>
        {props.footer}
      </div>
    </div>
  );
}

function CheckHeader() {
  // biome-ignore lint/a11y/useFocusableInteractive: an empty header over the row checkboxes
  // biome-ignore lint/a11y/useSemanticElements: see the grid
  return <div role="columnheader" aria-label="Selected" className="border-b border-slate-200" />;
}
