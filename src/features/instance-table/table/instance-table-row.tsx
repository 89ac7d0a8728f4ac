import { type CSSProperties, type MouseEvent, memo, type ReactNode } from 'react';
import type { InstanceRow } from '../../../api/instance-list/instance-rows.ts';
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { ColumnId, TimeZone } from '../../../lib/url-state/view-state.ts';
import { CELL_CLASSES, COLUMN_WIDTHS, ROW_HEIGHT, textCell } from './columns.tsx';
import { CopyIdButton } from './copy-id-button.tsx';

export interface InstanceTableRowProps {
  /** The element's id, stable per pooled slot (the table's `aria-owns` orders rows by it). */
  domId: string;
  row: InstanceRow;
  index: number;
  /** Offset from the top of the body, px. */
  start: number;
  selected: boolean;
  /** Visible column ids joined by commas (a string, so memo compares it cheaply). */
  columns: string;
  now: number;
  tz: TimeZone;
  /** The instance's own URL, so that its id is a real link (middle-click, copy link, open in a new tab). */
  href?: string;
  onActivate: (id: string) => void;
  /** Whether the row's bulk checkbox is ticked; undefined: no checkbox column. */
  checked?: boolean | undefined;
  onCheck?: (id: string, checked: boolean, shift: boolean) => void;
}

/**
 * Cells take their column's fixed width and the last one grows into what is left, as the header's grid
 * template does. A row is a flex line rather than a grid: about 15% less layout on the first render.
 */
const cellStyles = new Map<string, CSSProperties>();
function cellStyle(column: ColumnId, last: boolean): CSSProperties {
  const key = `${column}:${last}`;
  let style = cellStyles.get(key);
  if (!style) {
    // min-width 0: a value wider than its column is clipped instead of pushing the cells after it.
    style = { flex: `${last ? 1 : 0} 0 ${COLUMN_WIDTHS[column]}px`, minWidth: 0 };
    cellStyles.set(key, style);
  }
  return style;
}

/** A plain click is the row's (it goes through the router); modified clicks are the browser's. */
function onLinkClick(event: MouseEvent<HTMLAnchorElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    event.stopPropagation();
    return;
  }
  event.preventDefault();
}

/**
 * One virtual row; memoized so that scrolling renders only the rows entering the viewport. Rows are pooled
 * (see the table), so a row element is reused for another instance: keep classes constant per column and
 * change text, attributes and the row's offset only.
 */
export const InstanceTableRow = memo(function InstanceTableRow(props: InstanceTableRowProps) {
  const { row, selected } = props;
  const context = { now: props.now, tz: props.tz };
  const last = props.columns.slice(props.columns.lastIndexOf(',') + 1);
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: the grid holds focus and moves a row selection
    // biome-ignore lint/a11y/useSemanticElements: a <tr> would make moving the row restyle each of its cells
    // biome-ignore lint/a11y/useKeyWithClickEvents: the grid handles keys for the selected row (Enter opens it)
    <div
      role="row"
      id={props.domId}
      aria-rowindex={props.index + 2}
      aria-selected={selected}
      onClick={() => props.onActivate(row.id)}
      className={`absolute left-0 flex w-full cursor-pointer items-center border-b leading-[35px] border-slate-100 ${selected ? 'bg-blue-100 shadow-[inset_3px_0_0_var(--color-blue-600)]' : 'hover:bg-slate-50'}`}
      style={{
        height: ROW_HEIGHT,
        transform: `translateY(${props.start}px)`,
      }}
    >
      {props.checked === undefined ? null : (
        // biome-ignore lint/a11y/useFocusableInteractive: the checkbox inside is focusable
        // biome-ignore lint/a11y/useSemanticElements: see the row
        // biome-ignore lint/a11y/useKeyWithClickEvents: the click only keeps the row from opening
        <div
          role="gridcell"
          className="flex w-8 shrink-0 justify-center"
          onClick={(e) => e.stopPropagation()}
        >
          <input
            type="checkbox"
            aria-label={`Select ${row.id}`}
            checked={props.checked}
            onChange={(e) =>
              props.onCheck?.(
                row.id,
                e.target.checked,
                (e.nativeEvent as { shiftKey?: boolean }).shiftKey === true,
              )
            }
          />
        </div>
      )}
      {(props.columns.split(',') as ColumnId[]).map((column) => {
        let content: ReactNode;
        let title: string | undefined;
        let live: boolean | undefined;
        let empty: boolean | undefined;
        if (column === 'id') {
          content = (
            <>
              <a
                href={props.href}
                tabIndex={-1}
                onClick={onLinkClick}
                className="truncate font-mono text-xs text-slate-900 hover:text-orange-700 hover:underline"
              >
                {row.id}
              </a>
              <CopyIdButton id={row.id} />
            </>
          );
        } else if (column === 'status') {
          content = <StatusBadge status={row.status} />;
        } else {
          const cell = textCell(column, row, context);
          content = cell.text;
          title = cell.title;
          live = cell.live;
          empty = cell.empty;
        }
        return (
          // biome-ignore lint/a11y/useFocusableInteractive: the grid holds focus and moves a row selection
          // biome-ignore lint/a11y/useSemanticElements: see the row
          <div
            key={column}
            role="gridcell"
            className={CELL_CLASSES[column]}
            title={title}
            data-live={live || undefined}
            data-empty={empty || undefined}
            style={cellStyle(column, column === last)}
          >
            {content}
          </div>
        );
      })}
    </div>
  );
});
