import { describe, expect, it } from 'vitest';
import type { InstanceSummary } from '../../../../contract/instances.ts';
import { durationMs, toInstanceRows } from '../../../api/instance-list/instance-rows.ts';
import { COLUMN_IDS, type ColumnId } from '../../../lib/url-state/view-state.ts';
import { sortRows } from './sort-rows.ts';

const NOW = Date.UTC(2026, 10, 20, 12);
const iso = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

// Newest first, as the API returns them; several ties on every column to check stability.
const summaries: InstanceSummary[] = Array.from({ length: 40 }, (_, i) => ({
  id: `inst-${String((i * 7) % 40).padStart(2, '0')}`,
  status: ['running', 'complete', 'errored', 'queued'][i % 4] as string,
  created_on: iso(i * 10),
  started_on: i % 4 === 3 ? null : iso(i * 10 - 1),
  ended_on: i % 4 === 0 || i % 4 === 3 ? null : iso(i * 10 - 1 - (i % 3)),
  modified_on: iso(i * 10 - 2 - (i % 5)),
  trigger_source: i % 6 === 0 ? undefined : ['api', 'cron', 'binding'][i % 3],
  version_id: `v-${i % 3}`,
}));
const rows = toInstanceRows(summaries);

const keyOf = (column: ColumnId, row: (typeof rows)[number]): number | string | null => {
  switch (column) {
    case 'id':
      return row.id;
    case 'status':
      return row.status;
    case 'created_on':
      return row.createdMs;
    case 'started_on':
      return row.startedMs;
    case 'ended_on':
      return row.endedMs;
    case 'modified_on':
      return row.modifiedMs;
    case 'duration':
      return durationMs(row, NOW);
    case 'trigger_source':
      return row.triggerSource || null;
    case 'version_id':
      return row.versionId || null;
  }
};

describe('sortRows', () => {
  for (const column of COLUMN_IDS) {
    for (const desc of [false, true]) {
      it(`sorts by ${column} ${desc ? 'descending' : 'ascending'}, stable, empty values last`, () => {
        const sorted = sortRows(rows, { column, desc }, NOW);
        expect(sorted).toHaveLength(rows.length);
        for (let i = 1; i < sorted.length; i++) {
          const a = keyOf(column, sorted[i - 1] as never);
          const b = keyOf(column, sorted[i] as never);
          if (a === null) {
            expect(b).toBeNull();
          } else if (b !== null) {
            if (a === b) {
              // Ties keep the input (newest-first) order.
              expect(rows.indexOf(sorted[i - 1] as never)).toBeLessThan(rows.indexOf(sorted[i] as never));
            } else expect(desc ? a > b : a < b).toBe(true);
          }
        }
      });
    }
  }

  it('sorts 50,000 rows quickly', () => {
    const many = toInstanceRows(
      Array.from({ length: 50_000 }, (_, i) => ({
        ...(summaries[i % 40] as InstanceSummary),
        id: `row-${i}`,
      })),
    );
    const started = performance.now();
    sortRows(many, { column: 'duration', desc: true }, NOW);
    sortRows(many, { column: 'id', desc: false }, NOW);
    // A smoke bound against a quadratic sort (minutes), not the benchmark (npm run bench measures it in
    // a browser); wide enough for a loaded 2-core machine.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
