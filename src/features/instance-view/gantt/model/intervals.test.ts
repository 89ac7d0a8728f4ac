import { describe, expect, it } from 'vitest';
import { unionLength, unionOf, unionOfSpans } from './intervals.ts';

describe('union of intervals', () => {
  it('counts overlapping (parallel) time once', () => {
    expect(
      unionLength([
        [0, 10],
        [5, 15],
        [20, 30],
      ]),
    ).toBe(25);
  });
  it('merges touching and nested intervals, drops empty ones', () => {
    expect(
      unionOf([
        [10, 20],
        [0, 10],
        [2, 3],
        [40, 40],
      ]),
    ).toEqual([[0, 20]]);
  });
  it('returns input that is already a union inside the bounds as it is, and merges anything else', () => {
    const union = [
      [0, 10],
      [11, 20],
    ] as const;
    expect(unionOf(union)).toBe(union);
    expect(unionOf(union, 0, 15)).toEqual([
      [0, 10],
      [11, 15],
    ]);
    expect(
      unionOf([
        [0, 10],
        [10, 20],
      ]),
    ).toEqual([[0, 20]]);
  });
  it('merges spans given as parallel start and end arrays, in any order', () => {
    expect(unionOfSpans([10, 0, 2, 40, 50], [20, 10, 3, 40, 60])).toEqual({
      union: [
        [0, 20],
        [50, 60],
      ],
      length: 30,
    });
    expect(unionOfSpans([0, 5, 6], [10, 12, 8])).toEqual({ union: [[0, 12]], length: 12 });
    expect(unionOfSpans([], [])).toEqual({ union: [], length: 0 });
  });
});
