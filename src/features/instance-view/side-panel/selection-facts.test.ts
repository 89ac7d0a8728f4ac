import { describe, expect, it } from 'vitest';
import { buildGanttModel } from '../gantt/model/build-rows.ts';
import { doStep, instance, iso, QUEUED } from '../gantt/model/instance-fixtures.ts';
import { selectionFacts } from './selection-facts.ts';

const facts = (list: { label: string; value: string }[]) =>
  Object.fromEntries(list.map((fact) => [fact.label, fact.value]));

describe('the side panel facts', () => {
  it('tells a timed-out attempt, its duration and the backoff after it', () => {
    const model = buildGanttModel(
      instance({
        steps: [
          doStep('charge-card-1', [
            [2, 32, false, 'TimeoutError'],
            [42, 43, true],
          ]),
        ],
      }),
      QUEUED,
    );
    const row = model.rows[0];
    if (!row) throw new Error('no row');
    const first = facts(selectionFacts(model, row, row.attempts[0] ?? null));
    expect(first.Duration).toBe('30 s');
    expect(first.State).toBe('failed');
    expect(first['Timed out']).toBe('yes (inferred from the error)');
    expect(first['Backoff after']).toMatch(/^10 s/);
    expect(facts(selectionFacts(model, row, null)).State).toBe('succeeded');
  });

  it('says when the next attempt of a step between retries is due', () => {
    const model = buildGanttModel(
      instance({
        status: 'running',
        end: null,
        success: null,
        steps: [doStep('sync-1', [[2, 3, false, 'Error']])],
      }),
      QUEUED + 5_000,
    );
    const row = model.rows[0];
    if (!row) throw new Error('no row');
    const step = facts(selectionFacts(model, row, null));
    expect(step.State).toBe('between retries');
    expect(step['Next attempt due']).toBeDefined();
  });

  it('gives a sleep its wake time and a wait its event and result', () => {
    const model = buildGanttModel(
      instance({
        steps: [
          {
            type: 'sleep',
            name: 'nap-1',
            start: iso(1_000),
            end: iso(86_401_000),
            finished: true,
            error: null,
          },
          {
            type: 'waitForEvent',
            name: 'await-1',
            start: iso(86_401_000),
            end: iso(86_402_000),
            finished: false,
            error: { name: 'WaitTimeoutError', message: 'timed out' },
            event_type: 'payment.settled',
          },
        ],
      }),
      QUEUED,
    );
    const [sleep, wait] = model.rows;
    if (!sleep || !wait) throw new Error('rows missing');
    expect(facts(selectionFacts(model, sleep, null))['Wakes at']).not.toBe('—');
    const w = facts(selectionFacts(model, wait, null));
    expect(w['Event type']).toBe('payment.settled');
    expect(w.Result).toBe('timed out (its span is the timeout)');
  });
});
