import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from './search-params.ts';

describe('search params', () => {
  it('parses every value as a plain string', () => {
    expect(parseSearch('?q=123&status=errored,terminated')).toEqual({
      q: '123',
      status: 'errored,terminated',
    });
  });

  it('writes readable strings and drops empty or non-string values', () => {
    expect(
      stringifySearch({
        status: 'errored,terminated',
        from: '2026-11-20T12:00:00Z',
        q: '',
        n: 3,
        x: undefined,
      }),
    ).toBe('?status=errored,terminated&from=2026-11-20T12:00:00Z');
    expect(stringifySearch({})).toBe('');
  });

  it('round-trips values that need escaping', () => {
    const search = { q: 'a&b=c d', sort: '-created_on' };
    expect(parseSearch(stringifySearch(search))).toEqual(search);
  });
});
