import { type ReactNode, useId, useState } from 'react';

export interface ChartCardProps {
  title: string;
  /** Under the title: what the chart counts ("all retained", "covers 1,200 of about 8,400"). */
  note?: ReactNode;
  /** Beside "Show as table" (links such as "Slowest instances"). */
  actions?: ReactNode;
  /** The chart; it receives nothing, it is swapped for `table` when the toggle is pressed. */
  chart: ReactNode;
  table: ReactNode;
  /** Extra classes of the card (its fixed height, grid placement). */
  className?: string;
}

/**
 * One chart's frame: a named region with a heading, a note on what it covers, and a "Show as table" toggle
 * that shows the same numbers as a table in the same space (so nothing below moves).
 */
export function ChartCard({ title, note, actions, chart, table, className = '' }: ChartCardProps) {
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  return (
    <section
      aria-labelledby={headingId}
      className={`flex min-w-0 flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 ${className}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        <div className="ml-auto flex items-center gap-2 text-xs">
          {actions}
          <button
            type="button"
            aria-pressed={asTable}
            onClick={() => setAsTable((value) => !value)}
            className="rounded border border-slate-300 px-2 py-0.5 text-slate-700 hover:bg-slate-50 aria-pressed:bg-slate-100"
          >
            Show as table
          </button>
        </div>
      </div>
      {note ? <div className="text-xs text-slate-600">{note}</div> : null}
      <div className="relative min-h-0 flex-1">
        {asTable ? <div className="absolute inset-0 overflow-auto">{table}</div> : chart}
      </div>
    </section>
  );
}

/** Table styles shared by the charts' "Show as table" views. */
export const TABLE = {
  table: 'w-full text-xs tabular-nums',
  th: 'sticky top-0 bg-white px-2 py-1 text-left font-medium text-slate-600',
  thNum: 'sticky top-0 bg-white px-2 py-1 text-right font-medium text-slate-600',
  td: 'px-2 py-0.5 text-slate-800',
  tdNum: 'px-2 py-0.5 text-right text-slate-800',
};
