import { describe, expect, it } from 'vitest';
import { mergeNewestFirst, overlayFresh } from './instance-merge.ts';

const row = (id: string, minute: number, modified = minute) => ({
  id,
  created_on: new Date(Date.UTC(2026, 10, 20, 12, minute)).toISOString(),
  modified_on: new Date(Date.UTC(2026, 10, 20, 12, modified)).toISOString(),
});

describe('mergeNewestFirst', () => {
  it('merges newest-first lists into one, newest first', () => {
    const merged = mergeNewestFirst([
      [row('a', 50), row('c', 30), row('e', 10)],
      [row('b', 40), row('d', 20)],
      [],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps one row per id, the most recently modified', () => {
    const merged = mergeNewestFirst([[row('a', 50, 51)], [row('a', 50, 55), row('b', 10)]]);
    expect(merged).toEqual([row('a', 50, 55), row('b', 10)]);
  });
});

describe('overlayFresh', () => {
  const loaded = [row('c', 30), row('b', 20), row('a', 10)];

  it('inserts new rows in order and replaces changed ones', () => {
    const { rows, added, changed } = overlayFresh(loaded, [row('d', 40), row('c', 30, 45)]);
    expect(rows.map((r) => r.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(rows[1]).toEqual(row('c', 30, 45));
    expect({ added, changed }).toEqual({ added: 1, changed: 1 });
  });

  it('returns the same array when nothing changed', () => {
    expect(overlayFresh(loaded, [row('c', 30)]).rows).toBe(loaded);
  });
});
