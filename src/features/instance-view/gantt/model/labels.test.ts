import { describe, expect, it } from 'vitest';
import { buildGanttModel } from './build-rows.ts';
import { doStep, instance, QUEUED } from './instance-fixtures.ts';
import { attemptLabel, rowSummary } from './labels.ts';

const config = { retries: { limit: 5, delay: 4_000, backoff: 'constant' }, timeout: '30 seconds' };

describe('attempt labels', () => {
  it('read as "name, attempt n of limit+1, outcome: error after duration, then backoff"', () => {
    const model = buildGanttModel(
      instance({
        steps: [
          doStep(
            'charge-card-1',
            [
              [0, 2, false, 'Error'],
              [6, 36, false, 'TimeoutError'],
              [40, 41, true],
            ],
            { config },
          ),
        ],
      }),
      QUEUED,
    );
    const row = model.rows[0];
    if (!row) throw new Error('no row');
    expect(row.attempts.map((a) => attemptLabel(row, a))).toEqual([
      'charge-card-1, attempt 1 of 6, failed: Error after 2.0 s, then backoff 4.0 s',
      'charge-card-1, attempt 2 of 6, failed: TimeoutError after 30 s (timed out, inferred), then backoff 4.0 s',
      'charge-card-1, attempt 3 of 6, succeeded in 1.0 s',
    ]);
    expect(rowSummary(row)).toBe('step, succeeded, 3 attempts');
  });

  it('say when a retry is pending and when the next attempt is due', () => {
    const model = buildGanttModel(
      instance({
        status: 'waiting',
        end: null,
        steps: [doStep('sync-1', [[0, 2, false, 'Error']], { config })],
      }),
      QUEUED + 3000,
    );
    const row = model.rows[0];
    if (!row?.attempts[0]) throw new Error('no row');
    expect(attemptLabel(row, row.attempts[0])).toContain('retry pending, backoff 4.0 s');
    expect(rowSummary(row)).toBe('step, between retries, next attempt due at +6.0 s');
  });
});
