import { describe, expect, it } from 'vitest';
import { buildCorpus, CORPUS_CAUSES } from './corpus.ts';
import { HELD_OUT_CAUSES } from './held-out.ts';
import { type GroupingMethod, scoreMethod } from './score-corpus.ts';

const BASELINES: GroupingMethod[] = ['sentry', 'drain', 'trigger'];

describe('the labelled corpus', () => {
  const corpus = buildCorpus();

  it('holds at least 300 failures over at least 40 causes, reproducibly', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((f) => f.label)).size).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS_CAUSES.map((c) => c.label)).size).toBe(CORPUS_CAUSES.length);
    expect(buildCorpus()).toEqual(corpus);
  });

  it('is grouped with pairwise precision ≥ 0.99 and GA ≥ 0.97, above every baseline', () => {
    const ours = scoreMethod('ours', corpus);
    expect(ours.pairwisePrecision).toBeGreaterThanOrEqual(0.99);
    expect(ours.ga).toBeGreaterThanOrEqual(0.97);
    for (const method of BASELINES) {
      const baseline = scoreMethod(method, corpus);
      expect(ours.ga, method).toBeGreaterThan(baseline.ga);
      expect(ours.pairwisePrecision, method).toBeGreaterThanOrEqual(baseline.pairwisePrecision);
    }
  });

  it('groups the held-out causes too, above every baseline', () => {
    const heldOut = buildCorpus(7, HELD_OUT_CAUSES);
    const ours = scoreMethod('ours', heldOut);
    expect(ours.pairwisePrecision).toBeGreaterThanOrEqual(0.99);
    expect(ours.ga).toBeGreaterThanOrEqual(0.97);
    for (const method of BASELINES) expect(ours.ga, method).toBeGreaterThan(scoreMethod(method, heldOut).ga);
  });

  it('scores a Drain baseline that over-groups, as the literature reports for short messages', () => {
    expect(scoreMethod('drain', corpus).pairwisePrecision).toBeLessThan(0.99);
  });
});
