import type { InstanceSummary } from '../../../../contract/instances.ts';
import { toCsv } from '../../../lib/csv.ts';

export type ExportFormat = 'csv' | 'ndjson';

/** The list-instances fields, as the API names them, in the CSV's column order. */
export const EXPORT_FIELDS = [
  'id',
  'status',
  'created_on',
  'started_on',
  'ended_on',
  'modified_on',
  'trigger_source',
  'version_id',
  'workflow_id',
] as const;

export function instancesToCsv(rows: readonly InstanceSummary[]): string {
  return toCsv(
    EXPORT_FIELDS,
    rows.map((row) => EXPORT_FIELDS.map((field) => row[field] ?? '')),
  );
}

/** One API row per line, exactly as the API sent it (unknown fields included). */
export function instancesToNdjson(rows: readonly InstanceSummary[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

export function exportBlob(rows: readonly InstanceSummary[], format: ExportFormat): Blob {
  return format === 'csv'
    ? new Blob([instancesToCsv(rows)], { type: 'text/csv;charset=utf-8' })
    : new Blob([instancesToNdjson(rows)], { type: 'application/x-ndjson' });
}

/** `order-fulfilment-instances-errored-20261120T120000Z.csv` */
export function exportFilename(
  workflowName: string,
  statuses: readonly string[],
  format: ExportFormat,
  now: number,
) {
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const scope = statuses.length > 0 ? `-${statuses.join('+')}` : '';
  return `${workflowName}-instances${scope}-${stamp}.${format}`;
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
