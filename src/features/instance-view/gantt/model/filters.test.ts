import { describe, expect, it } from 'vitest';
import { buildGanttModel } from './build-rows.ts';
import { NO_FILTERS, nextRowWith, searchMatches, visibleRowIndices } from './filters.ts';
import { doStep, instance, iso, QUEUED } from './instance-fixtures.ts';

const model = buildGanttModel(
  instance({
    steps: [
      doStep('fetch-1', [[0, 1, true]]),
      doStep('charge-card-1', [
        [1, 2, false, 'E'],
        [12, 13, true],
      ]),
      { type: 'sleep', name: 'nap-1', start: iso(13_000), end: iso(20_000), finished: true, error: null },
      doStep('charge-card-2', [[20, 21, false, 'E']], {
        exhausted: true,
        config: { retries: { limit: 0, delay: 1 } },
      }),
    ],
  }),
  QUEUED,
);
const names = (indices: Iterable<number>) => [...indices].map((i) => model.rows[i]?.key);

describe('gantt filters', () => {
  it('keep everything by default, or only some kinds, failed or retried steps', () => {
    expect(names(visibleRowIndices(model.rows, NO_FILTERS))).toHaveLength(4);
    expect(names(visibleRowIndices(model.rows, { ...NO_FILTERS, kinds: ['sleep'] }))).toEqual(['nap-1']);
    expect(names(visibleRowIndices(model.rows, { ...NO_FILTERS, only: 'retried' }))).toEqual([
      'charge-card-1',
    ]);
    expect(names(visibleRowIndices(model.rows, { ...NO_FILTERS, only: 'failed' }))).toEqual([
      'charge-card-1',
      'charge-card-2',
    ]);
  });
  it('search finds names and next error / next retry wrap around', () => {
    const all = visibleRowIndices(model.rows, NO_FILTERS);
    expect(searchMatches(model.rows, all, 'CHARGE')).toEqual([1, 3]);
    expect(nextRowWith(model.rows, all, 1, 'error')).toBe(3);
    expect(nextRowWith(model.rows, all, 3, 'error')).toBe(1);
    expect(nextRowWith(model.rows, all, 1, 'retry')).toBe(1);
  });
});
