import type { BulkTask } from '../../api/instance-list/use-bulk-load.ts';
import { formatCount } from '../../lib/chart-data/format-chart.ts';
import type { SeriesCoverage } from '../../lib/chart-data/series-types.ts';

export interface CoverageNoteProps {
  coverage: SeriesCoverage;
  /** Every instance of the range is loaded. */
  complete: boolean;
  task: BulkTask | null;
  onLoadAll: () => void;
  onCancel: () => void;
}

/**
 * What a chart covers: "All 1,234 instances in range", or "covers 1,200 of about 8,400" with the table's
 * "Load all" (same bulk run, same request budget) to bring in the rest.
 */
export function CoverageNote({ coverage, complete, task, onLoadAll, onCancel }: CoverageNoteProps) {
  if (complete) return <span>All {formatCount(coverage.counted)} instances in range</span>;
  const total =
    coverage.total === null ? 'more' : `${coverage.exact ? '' : 'about '}${formatCount(coverage.total)}`;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <span>
        Covers {formatCount(coverage.counted)} of {total} instances in range (the loaded ones)
      </span>
      {task ? (
        <span role="status" className="inline-flex items-center gap-2">
          {task.error
            ? `Loading stopped: ${task.error}`
            : `Loading… ${task.progress.fraction === null ? '' : `${Math.round(task.progress.fraction * 100)}%`}`}
          <button type="button" onClick={onCancel} className="underline">
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" onClick={onLoadAll} className="font-medium text-orange-800 underline">
          Load all in range
        </button>
      )}
    </span>
  );
}
