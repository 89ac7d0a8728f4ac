import { buildCorpus } from '../../src/lib/triage/corpus/corpus.ts';
import { HELD_OUT_CAUSES } from '../../src/lib/triage/corpus/held-out.ts';
import { type GroupingMethod, scoreMethod } from '../../src/lib/triage/corpus/score-corpus.ts';
import type { GroupingScore } from '../../src/lib/triage/metrics.ts';
import type { Figure } from '../scenarios.ts';
import { round } from '../stats.ts';

const BASELINES: { method: GroupingMethod; name: string }[] = [
  { method: 'sentry', name: 'Sentry-style parameterisation' },
  { method: 'drain', name: 'Drain (depth 4, st 0.4)' },
  { method: 'trigger', name: 'Trigger.dev normaliser' },
];

/** Grouping quality on the labelled corpus and on the held-out causes (PRODUCT.md "Triage"). */
export function triageQualityFigures(): Figure[] {
  const figures: Figure[] = [];
  const corpora = [
    { label: 'corpus', failures: buildCorpus() },
    { label: 'held-out', failures: buildCorpus(7, HELD_OUT_CAUSES) },
  ];
  for (const { label, failures } of corpora) {
    const scenario = `triage grouping (${label}: ${failures.length} failures, ${new Set(failures.map((f) => f.label)).size} causes)`;
    const ours = scoreMethod('ours', failures);
    const scores = BASELINES.map((b) => ({ ...b, score: scoreMethod(b.method, failures) }));
    const best = (pick: (s: GroupingScore) => number) =>
      scores.reduce((a, b) => (pick(b.score) > pick(a.score) ? b : a));
    const bestGa = best((s) => s.ga);
    const bestP = best((s) => s.pairwisePrecision);
    const sentry = scores[0] as (typeof scores)[number];
    figures.push(
      {
        scenario,
        metric: 'GA (grouping accuracy)',
        value: round(ours.ga, 3),
        unit: '',
        bar: 0.97,
        better: 'higher',
        baseline: { metric: `best baseline GA: ${bestGa.name}`, value: round(bestGa.score.ga, 3), unit: '' },
      },
      {
        scenario,
        metric: 'pairwise precision (1 - over-grouping)',
        value: round(ours.pairwisePrecision, 3),
        unit: '',
        bar: 0.99,
        better: 'higher',
        baseline: {
          metric: `best baseline: ${bestP.name}`,
          value: round(bestP.score.pairwisePrecision, 3),
          unit: '',
        },
      },
      {
        scenario,
        metric: 'pairwise recall (1 - under-grouping)',
        value: round(ours.pairwiseRecall, 3),
        unit: '',
        better: 'higher',
        baseline: { metric: sentry.name, value: round(sentry.score.pairwiseRecall, 3), unit: '' },
      },
      {
        scenario,
        metric: 'FGA',
        value: round(ours.fga, 3),
        unit: '',
        better: 'higher',
        baseline: { metric: sentry.name, value: round(sentry.score.fga, 3), unit: '' },
      },
    );
    for (const { name, score } of scores) {
      figures.push({
        scenario,
        metric: `baseline ${name}: GA / pairwise precision / recall`,
        value: round(score.ga, 3),
        unit: `GA (P ${round(score.pairwisePrecision, 3)}, R ${round(score.pairwiseRecall, 3)})`,
      });
    }
  }
  return figures;
}
