import { describe, expect, it } from 'vitest';
import { buildGanttModel } from './build-rows.ts';
import { DEFAULT_CONFIG, doStep, instance, iso, QUEUED } from './instance-fixtures.ts';

const SEC = 1000;

describe('gantt rows', () => {
  it('has one row per log entry in order, with its type, lane and URL key', () => {
    const model = buildGanttModel(
      instance({
        status: 'terminated',
        steps: [
          doStep('charge-card-1', [[2, 3, true]]),
          {
            type: 'sleep',
            name: 'cool-down-1',
            start: iso(4 * SEC),
            end: iso(64 * SEC),
            finished: true,
            error: null,
          },
          { type: 'termination', trigger: { source: 'api' } },
          { ...doStep('charge-card-1', [[70, 71, true]]), type: 'rollback' },
        ],
      }),
      QUEUED + 1e6,
    );
    expect(model.rows.map((r) => [r.key, r.kind, r.lane])).toEqual([
      ['charge-card-1', 'step', 'main'],
      ['cool-down-1', 'sleep', 'main'],
      ['termination', 'termination', 'main'],
      ['rollback:charge-card-1', 'rollback', 'rollback'],
    ]);
    expect(model.rows[1]?.wakeAt).toBe(64 * SEC);
    expect(model.rows[2]).toMatchObject({ triggerSource: 'api', markerAt: 600 * SEC });
    expect(model.byKey.get('rollback:charge-card-1')).toBe(3);
  });

  it('annotates each backoff with the exponential prediction; the first retry waits `delay`', () => {
    const model = buildGanttModel(
      instance({
        steps: [
          doStep('charge-card-1', [
            [2, 5, false, 'Error'],
            [15, 17, false, 'Error'],
            [37, 40, true],
          ]),
        ],
      }),
      QUEUED,
    );
    const [a1, a2, a3] = model.rows[0]?.attempts ?? [];
    expect(a1?.backoff).toMatchObject({ predictedMs: 10_000, actualMs: 10_000, differs: false });
    expect(a2?.backoff).toMatchObject({ predictedMs: 20_000, actualMs: 20_000, differs: false });
    expect(a3?.backoff).toBeNull();
    expect(a3?.outcome).toBe('succeeded');
    expect(model.rows[0]).toMatchObject({ maxAttempts: 6, retried: true, failed: false });
  });

  it('knows which steps had a failed attempt (for only=failed and "next error") without their bars', () => {
    const model = buildGanttModel(
      instance({
        steps: [
          doStep('retried-then-ok-1', [
            [2, 5, false, 'Error'],
            [15, 17, true],
          ]),
          doStep('ok-at-once-1', [[20, 21, true]]),
        ],
      }),
      QUEUED,
    );
    expect(model.rows.map((r) => [r.attemptFailed, r.failed])).toEqual([
      [true, false],
      [false, false],
    ]);
    // Bars built on first read are the same on every read after it.
    expect(model.rows[0]?.attempts).toBe(model.rows[0]?.attempts);
    expect(model.rows[0]?.attempts.map((a) => a.outcome)).toEqual(['failed', 'succeeded']);
  });

  it('shows the actual gap beside the prediction when they differ, and [dynamic] delays as such', () => {
    const linear = { retries: { limit: 2, delay: '5 seconds', backoff: 'linear' }, timeout: 60_000 };
    const dynamic = { retries: { limit: 2, delay: '[dynamic]' }, timeout: 60_000 };
    const model = buildGanttModel(
      instance({
        steps: [
          doStep(
            'a-1',
            [
              [0, 1, false, 'E'],
              [31, 32, true],
            ],
            { config: linear },
          ),
          doStep(
            'b-1',
            [
              [0, 1, false, 'E'],
              [8, 9, true],
            ],
            { config: dynamic },
          ),
        ],
      }),
      QUEUED,
    );
    expect(model.rows[0]?.attempts[0]?.backoff).toMatchObject({
      predictedMs: 5_000,
      actualMs: 30_000,
      differs: true,
    });
    expect(model.rows[1]?.attempts[0]?.backoff).toMatchObject({
      dynamic: true,
      predictedMs: undefined,
      differs: false,
    });
  });

  it('infers a timeout from a TimeoutError or a run as long as the timeout, and says it is inferred', () => {
    const model = buildGanttModel(
      instance({
        status: 'errored',
        steps: [
          doStep(
            'render-1',
            [
              [0, 30, false, 'TimeoutError'],
              [40, 70, false, 'Error'],
              [90, 95, false, 'Error'],
            ],
            {
              exhausted: true,
              config: { ...DEFAULT_CONFIG, retries: { limit: 2, delay: 10_000, backoff: 'constant' } },
            },
          ),
        ],
      }),
      QUEUED,
    );
    const row = model.rows[0];
    expect(row?.attempts.map((a) => a.timedOut?.reason ?? null)).toEqual(['error', 'duration', null]);
    expect(row?.attempts[0]?.timeoutAt).toBe(30 * SEC);
    expect(row).toMatchObject({ maxAttempts: 3, failed: true, retrying: false, nextAttemptDue: undefined });
    // Exhausted: no backoff after the last attempt.
    expect(row?.attempts[2]?.backoff).toBeNull();
  });

  it('a step between retries shows when its next attempt is due', () => {
    const model = buildGanttModel(
      instance({
        status: 'waiting',
        end: null,
        success: null,
        steps: [
          doStep('charge-card-1', [
            [2, 5, false, 'Error'],
            [15, 17, false, 'Error'],
          ]),
        ],
      }),
      QUEUED + 20 * SEC,
    );
    const row = model.rows[0];
    expect(row).toMatchObject({ retrying: true, outcome: 'running', nextAttemptDue: 37 * SEC });
    expect(row?.attempts[1]?.backoff).toMatchObject({ to: null, predictedMs: 20_000 });
    expect(model.now).toBe(20 * SEC);
    expect(model.extent).toBe(37 * SEC);
  });

  it('waits show the event type and whether the event arrived or the wait timed out', () => {
    const wait = (name: string, finished: boolean, error: unknown) => ({
      type: 'waitForEvent',
      name,
      start: iso(0),
      end: iso(10 * SEC),
      finished,
      error,
      event_type: 'approval',
    });
    const model = buildGanttModel(
      instance({
        steps: [wait('w-1', true, null), wait('w-2', false, { name: 'WorkflowTimeoutError', message: 'x' })],
      }),
      QUEUED,
    );
    expect(model.rows.map((r) => [r.eventType, r.waitResult, r.failed])).toEqual([
      ['approval', 'arrived', false],
      ['approval', 'timedOut', true],
    ]);
  });
});
