import { describe, expect, it } from 'vitest';
import { busyIntervals } from '../scale/time-axis.ts';
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

  it("gathers busy time once: the finished attempts' union, open attempts and termination markers", () => {
    const model = buildGanttModel(
      instance({
        status: 'terminated',
        start: iso(1_000),
        end: iso(100_000),
        steps: [
          doStep('b-1', [[20, 30, true]]),
          doStep('a-1', [
            [10, 12, false, 'E'],
            [25, 40, true],
          ]),
          doStep('c-1', [[50, null, null]]),
          { type: 'termination', trigger: { source: 'api' } },
        ],
      }),
      QUEUED,
    );
    expect(model.busy).toEqual({
      finished: [
        [10_000, 12_000],
        [20_000, 40_000],
      ],
      finishedLength: 22_000,
      openStarts: [50_000],
      markers: [100_000],
    });
    // The open attempt runs to the end in the breakdown, and to the right edge on the axis.
    expect(model.breakdown.running).toBe(2_000 + 20_000 + 50_000);
    expect(busyIntervals(model)).toEqual([
      [10_000, 12_000],
      [20_000, 40_000],
      [50_000, model.extent],
      [99_999, 100_000],
    ]);
  });
});
