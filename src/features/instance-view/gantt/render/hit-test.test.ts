import { describe, expect, it } from 'vitest';
import { buildGanttModel } from '../model/build-rows.ts';
import { NO_FILTERS, visibleRowIndices } from '../model/filters.ts';
import { doStep, instance, QUEUED } from '../model/instance-fixtures.ts';
import { buildTimeAxis, busyIntervals, viewScale } from '../scale/time-axis.ts';
import { hitTest } from './hit-test.ts';

describe('hit testing', () => {
  it('finds the attempt under the pointer through the folded scale', () => {
    const model = buildGanttModel(
      instance({
        end: new Date(QUEUED + 100_000).toISOString(),
        steps: [
          doStep('a-1', [[0, 10, true]]),
          doStep('b-1', [
            [10, 20, false, 'E'],
            [30, 40, true],
          ]),
        ],
      }),
      QUEUED,
    );
    const axis = buildTimeAxis(busyIntervals(model), model.extent, { fold: true });
    const scale = viewScale(axis, [0, 100_000], 1000);
    const visible = visibleRowIndices(model.rows, NO_FILTERS);
    expect(hitTest(model, visible, 24, 0, scale, scale.x(35_000), 30)).toEqual({ row: 1, attempt: 2 });
    expect(hitTest(model, visible, 24, 0, scale, scale.x(25_000), 30)).toEqual({ row: 1, attempt: null });
    expect(hitTest(model, visible, 24, 24, scale, scale.x(5_000), 0)).toEqual({ row: 1, attempt: null });
    expect(hitTest(model, visible, 24, 0, scale, 5, 500)).toBeNull();
  });
});
