import { describe, expect, it } from 'vitest';
import { unionLength, unionOf } from './intervals.ts';

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
});
