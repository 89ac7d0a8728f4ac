import { describe, expect, it } from 'vitest';
import { errorsSearchCodec, parseErrorsView, serializeErrorsView } from './errors-search.ts';

describe('errors search params', () => {
  it('opens on the last 24 hours and keeps a shared group link as it is', () => {
    expect(parseErrorsView({}).view).toEqual({
      range: { kind: 'preset', preset: '24h' },
      group: null,
      sort: 'count',
      q: '',
    });
    expect(errorsSearchCodec.clean({ group: '0123456789abcdef', range: '24h' })).toEqual({
      search: { group: '0123456789abcdef', range: '24h' },
      dropped: [],
    });
    expect(errorsSearchCodec.clean({}).search).toEqual({});
    expect(
      Object.keys(
        serializeErrorsView({ ...parseErrorsView({ range: '24h' }).view, group: '0123456789abcdef' }),
      ),
    ).toEqual(['group', 'range']);
  });

  it('takes the workflow view range parameters', () => {
    expect(errorsSearchCodec.clean({ from: '2026-11-01T00:00:00Z', to: '2026-11-02' }).search).toEqual({
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-02T00:00:00Z',
    });
  });

  it('drops what it cannot use and says so', () => {
    const { search, dropped } = errorsSearchCodec.clean({
      group: 'nope',
      sort: 'size',
      range: '2y',
      q: 'ok',
    });
    expect(search).toEqual({ range: '24h', q: 'ok' });
    expect(dropped.map((d) => d.param)).toEqual(['range', 'group', 'sort']);
  });
});
