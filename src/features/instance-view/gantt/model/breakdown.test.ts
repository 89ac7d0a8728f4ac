import { describe, expect, it } from 'vitest';
import { buildGanttModel } from './build-rows.ts';
import { doStep, instance, iso, QUEUED } from './instance-fixtures.ts';

describe('duration breakdown', () => {
  it('adds up the union of intervals: parallel steps are not counted twice', () => {
    const model = buildGanttModel(
      instance({
        start: iso(5_000),
        end: iso(200_000),
        steps: [
          doStep('a-1', [[10, 40, true]]),
          doStep('b-1', [[20, 50, true]]),
          doStep('c-1', [
            [50, 52, false, 'E'],
            [62, 70, true],
          ]),
          doStep('d-1', [
            [55, 57, false, 'E'],
            [67, 68, true],
          ]),
          { type: 'sleep', name: 's-1', start: iso(70_000), end: iso(130_000), finished: true, error: null },
          {
            type: 'waitForEvent',
            name: 'w-1',
            start: iso(130_000),
            end: iso(190_000),
            finished: true,
            error: null,
            event_type: 'x',
          },
        ],
      }),
      QUEUED,
    );
    // running: [10,50] ∪ [50,52] ∪ [55,57] ∪ [62,70] ∪ [67,68] = 40 + 2 + 2 + 8 = 52 s
    // retrying: [52,62] ∪ [57,67] = 15 s
    expect(model.breakdown).toEqual({
      queued: 5_000,
      running: 52_000,
      sleeping: 60_000,
      waiting: 60_000,
      retrying: 15_000,
    });
  });
});
