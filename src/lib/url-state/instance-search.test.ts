import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INSTANCE_VIEW,
  instanceSearchCodec,
  parseInstanceSearch,
  serializeInstanceSearch,
} from './instance-search.ts';

describe('the instance view URL', () => {
  it('reads a selected attempt in a zoomed, filtered view and writes it back unchanged', () => {
    const raw = {
      order: 'desc',
      step: 'rollback:charge-card-1',
      attempt: '2',
      win: '1200,45000',
      fold: '0',
      kinds: 'step,rollback',
      only: 'failed',
      q: 'charge',
    };
    const { view, dropped } = parseInstanceSearch(raw);
    expect(dropped).toEqual([]);
    expect(view).toEqual({
      order: 'desc',
      step: 'rollback:charge-card-1',
      attempt: 2,
      win: [1200, 45000],
      fold: false,
      kinds: ['step', 'rollback'],
      only: 'failed',
      q: 'charge',
    });
    expect(serializeInstanceSearch(view)).toEqual(raw);
  });

  it('leaves the defaults out of the URL', () => {
    expect(serializeInstanceSearch(DEFAULT_INSTANCE_VIEW)).toEqual({});
    expect(instanceSearchCodec.clean({ order: 'asc', fold: '1' })).toEqual({ search: {}, dropped: [] });
  });

  it('drops every value it cannot use and says why', () => {
    const { search, dropped } = instanceSearchCodec.clean({
      order: 'sideways',
      attempt: '0',
      win: '500,100',
      fold: 'maybe',
      kinds: 'step,nap',
      only: 'slow',
      unknown: 'x',
    });
    expect(search).toEqual({ kinds: 'step' });
    expect(dropped.map((d) => `${d.param}=${d.value}`)).toEqual([
      'order=sideways',
      'attempt=0',
      'win=500,100',
      'fold=maybe',
      'kinds=nap',
      'only=slow',
    ]);
  });

  it('drops an attempt without a step', () => {
    const { search, dropped } = instanceSearchCodec.clean({ attempt: '3' });
    expect(search).toEqual({});
    expect(dropped).toEqual([{ param: 'attempt', value: '3', reason: 'needs a step' }]);
  });

  it('writes window edges as whole milliseconds, never empty', () => {
    expect(serializeInstanceSearch({ ...DEFAULT_INSTANCE_VIEW, win: [10.4, 10.6] }).win).toBe('10,11');
  });
});
