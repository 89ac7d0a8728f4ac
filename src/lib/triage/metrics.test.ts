import { describe, expect, it } from 'vitest';
import { scoreGrouping } from './metrics.ts';

describe('scoreGrouping', () => {
  it('is perfect when the groups are the labels, whatever their names', () => {
    expect(scoreGrouping(['a', 'a', 'b'], ['x', 'x', 'y'])).toMatchObject({
      ga: 1,
      fga: 1,
      pairwisePrecision: 1,
      pairwiseRecall: 1,
    });
  });

  it('counts a merge of two causes as over-grouping (precision falls) and a message of them as wrong', () => {
    const score = scoreGrouping(['a', 'a', 'b', 'c'], ['x', 'x', 'x', 'z']);
    // Pairs together: (0,1) right, (0,2) (1,2) wrong.
    expect(score.pairwisePrecision).toBeCloseTo(1 / 3);
    expect(score.pairwiseRecall).toBe(1);
    expect(score.ga).toBe(0.25);
  });

  it('counts a split of one cause as under-grouping (recall falls)', () => {
    const score = scoreGrouping(['a', 'a', 'a', 'b'], ['x', 'x', 'y', 'z']);
    expect(score.pairwisePrecision).toBe(1);
    expect(score.pairwiseRecall).toBeCloseTo(1 / 3);
    expect(score.ga).toBe(0.25);
    expect(score.fga).toBeCloseTo((2 * (1 / 3) * 0.5) / (1 / 3 + 0.5));
  });
});
