import { Link } from '@tanstack/react-router';
import type { InstanceCounts } from '../../../contract/workflows.ts';
import { STATUS_DISPLAY_ORDER, statusStyle } from '../../lib/status-style.ts';
import { formatCount, statusCounts, totalCount } from './status-counts.ts';

/**
 * Every status has its cell (zeros muted) in a grid whose columns depend only on the width: the strip is as
 * tall loading as loaded, whatever the counts, so nothing below it moves when they arrive. A status the
 * dashboard does not know adds a cell.
 */
const GRID = 'grid grid-cols-2 gap-2 sm:grid-cols-[repeat(auto-fill,minmax(11rem,1fr))]';
const CELL = 'flex min-w-0 items-center gap-2 rounded-md border px-3 py-1.5 text-sm leading-5';
const IDLE = 'border-slate-200 bg-white/60 hover:bg-white';
const ACTIVE = 'border-slate-400 bg-white shadow-xs';

export interface StatusCountStripProps {
  accountId: string;
  workflowName: string;
  counts: InstanceCounts;
  /** The statuses the table is filtered to (none: all). */
  active: ReadonlySet<string>;
}

/** "All 868", "Queued 0", …: each a link that filters the workflow's table to it. */
export function StatusCountStrip({ accountId, workflowName, counts, active }: StatusCountStripProps) {
  return (
    <nav aria-label="Instance counts by status">
      <ul className={GRID}>
        <li className="flex">
          <Link
            to="/$accountId/workflows/$workflowName"
            params={{ accountId, workflowName }}
            search={(prev) => ({ ...prev, status: undefined })}
            aria-current={active.size === 0 ? 'true' : undefined}
            className={`${CELL} w-full ${active.size === 0 ? ACTIVE : IDLE}`}
          >
            <span className="truncate text-slate-500">All</span>{' '}
            <span className="shrink-0 font-semibold tabular-nums">{formatCount(totalCount(counts))}</span>
          </Link>
        </li>
        {statusCounts(counts, { all: true }).map(({ status, count }) => {
          const style = statusStyle(status);
          return (
            <li key={status} className="flex">
              <Link
                to="/$accountId/workflows/$workflowName"
                params={{ accountId, workflowName }}
                search={(prev) => ({ ...prev, status })}
                aria-current={active.has(status) ? 'true' : undefined}
                title={`${style.label}: ${formatCount(count)}`}
                className={`${CELL} w-full ${active.has(status) ? ACTIVE : IDLE} ${count === 0 ? 'text-slate-500' : ''}`}
              >
                <span
                  aria-hidden="true"
                  className={`size-2 shrink-0 rounded-full ${count === 0 ? 'bg-slate-200' : style.dot}`}
                />
                {/* Named by what it shows ("Errored 84"); the space is for the name, flex drops it. */}
                <span className={`truncate ${count === 0 ? '' : 'text-slate-600'}`}>{style.label}</span>{' '}
                <span className={`shrink-0 font-semibold tabular-nums ${count === 0 ? '' : style.text}`}>
                  {formatCount(count)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The strip while the counts load: the same cells, the same grid, no numbers. */
export function StatusCountStripSkeleton() {
  const labels = STATUS_DISPLAY_ORDER.map((status) => statusStyle(status).label);
  return (
    <ul aria-hidden="true" className={GRID}>
      {['All', ...labels].map((label) => (
        <li key={label} className={`${CELL} ${IDLE} text-slate-400`}>
          {label === 'All' ? null : <span className="size-2 shrink-0 rounded-full bg-slate-200" />}
          <span className="truncate">{label}</span>
          <span className="h-3 w-6 shrink-0 animate-pulse rounded bg-slate-200" />
        </li>
      ))}
    </ul>
  );
}
