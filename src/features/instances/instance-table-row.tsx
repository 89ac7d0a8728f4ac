import { type MouseEvent, memo } from 'react';
import { InstanceCell } from './columns.tsx';
import { CopyIdButton } from './copy-id-button.tsx';
import type { InstanceRow } from './instance-rows.ts';
import { ROW_HEIGHT } from './use-scroll-anchor.ts';
import type { ColumnId, TimeZone } from './view-state.ts';

export interface InstanceTableRowProps {
  row: InstanceRow;
  index: number;
  /** Offset from the top of the body, px. */
  start: number;
  selected: boolean;
  /** Visible column ids joined by commas (a string, so memo compares it cheaply). */
  columns: string;
  template: string;
  now: number;
  tz: TimeZone;
  /** The instance's own URL, so that its id is a real link (middle-click, copy link, open in a new tab). */
  href?: string;
  onActivate: (id: string) => void;
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
 * One virtual row; memoized so that scrolling renders only the rows entering the viewport. `contain: strict`
 * keeps each row's style and layout to itself (rows have a fixed size), which keeps scroll frames cheap.
 */
export const InstanceTableRow = memo(function InstanceTableRow(props: InstanceTableRowProps) {
  const { row, selected } = props;
  const context = { now: props.now, tz: props.tz };
  return (
    <tr
      aria-rowindex={props.index + 2}
      aria-selected={selected}
      onClick={() => props.onActivate(row.id)}
      className={`absolute left-0 grid w-full cursor-pointer items-center border-b border-slate-100 ${selected ? 'bg-blue-50' : 'hover:bg-slate-50'}`}
      style={{
        gridTemplateColumns: props.template,
        height: ROW_HEIGHT,
        transform: `translateY(${props.start}px)`,
      }}
    >
      {(props.columns.split(',') as ColumnId[]).map((column) => (
        // biome-ignore lint/a11y/useFocusableInteractive: the grid holds focus and moves a row selection
        <td
          key={column}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: cells of a role=grid table are gridcells (jsdom does not infer it)
          role="gridcell"
          className="flex min-w-0 items-center gap-1 px-2"
        >
          {column === 'id' ? (
            <>
              <a
                href={props.href}
                tabIndex={-1}
                onClick={onLinkClick}
                className="truncate font-mono text-xs text-slate-900 hover:text-orange-700 hover:underline"
              >
                {row.id}
              </a>
              <CopyIdButton key={row.id} id={row.id} />
            </>
          ) : (
            <InstanceCell column={column} row={row} context={context} />
          )}
        </td>
      ))}
    </tr>
  );
});
