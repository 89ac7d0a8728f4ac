import { filterById, toInstanceRows } from '../../../api/instance-list/instance-rows.ts';
import { mergedRows } from '../../../api/instance-list/merged-pages.ts';
import type { useBulkLoad } from '../../../api/instance-list/use-bulk-load.ts';
import type { InstanceView } from '../../../lib/url-state/view-state.ts';
import { sortRows } from '../table/sort-rows.ts';
import { downloadBlob, type ExportFormat, exportBlob, exportFilename } from './export-instances.ts';

/** Exports the current view (statuses, range, `q`, sort) across every page of the range. */
export function ExportButtons({
  workflowName,
  view,
  bulk,
  disabled,
}: {
  workflowName: string;
  view: InstanceView;
  bulk: ReturnType<typeof useBulkLoad>;
  disabled: boolean;
}) {
  const exportAs = async (format: ExportFormat) => {
    const pages = await bulk.run('export');
    if (!pages) return;
    const now = Date.now();
    const rows = sortRows(filterById(toInstanceRows(mergedRows(pages)), view.q), view.sort, now);
    downloadBlob(
      exportBlob(
        rows.map((row) => row.summary),
        format,
      ),
      exportFilename(workflowName, view.statuses, format, now),
    );
    bulk.finish();
  };
  return (
    <span className="inline-flex gap-1">
      {(['csv', 'ndjson'] as const).map((format) => (
        <button
          key={format}
          type="button"
          disabled={disabled || bulk.task !== null}
          onClick={() => void exportAs(format)}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs disabled:opacity-50"
        >
          Export {format === 'csv' ? 'CSV' : 'NDJSON'}
        </button>
      ))}
    </span>
  );
}
