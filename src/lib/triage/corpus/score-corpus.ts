import { drainCluster } from '../baselines/drain.ts';
import { sentryParameterize } from '../baselines/sentry.ts';
import { triggerNormalize } from '../baselines/trigger.ts';
import { causeId, causeOf, stepBase } from '../cause.ts';
import { type GroupingScore, scoreGrouping } from '../metrics.ts';
import type { CorpusFailure } from './corpus-types.ts';

/**
 * Scores our grouping and the baselines on a labelled corpus. Every method groups by the same key (step
 * without suffix, error name) plus its own reading of the message, so the scores compare the messages'
 * normalisation, which is what differs between them.
 */
export type GroupingMethod = 'ours' | 'sentry' | 'drain' | 'trigger';

const keyed = (failure: CorpusFailure, message: string) =>
  `${stepBase(failure.step)}\u0000${failure.errorName}\u0000${message}`;

function drainLabels(corpus: readonly CorpusFailure[]): string[] {
  // Drain mines templates within each (step, error name) partition, in arrival order.
  const partitions = new Map<string, number[]>();
  corpus.forEach((failure, index) => {
    const key = keyed(failure, '');
    partitions.set(key, [...(partitions.get(key) ?? []), index]);
  });
  const labels = new Array<string>(corpus.length).fill('');
  for (const [key, indices] of partitions) {
    const clusters = drainCluster(indices.map((i) => (corpus[i] as CorpusFailure).message));
    indices.forEach((i, n) => {
      labels[i] = `${key}\u0000${clusters[n]}`;
    });
  }
  return labels;
}

export function labelsOf(method: GroupingMethod, corpus: readonly CorpusFailure[]): string[] {
  switch (method) {
    case 'ours':
      return corpus.map((failure) => causeId(causeOf(failure)));
    case 'sentry':
      return corpus.map((failure) => keyed(failure, sentryParameterize(failure.message)));
    case 'trigger':
      return corpus.map((failure) => keyed(failure, triggerNormalize(failure.message)));
    case 'drain':
      return drainLabels(corpus);
  }
}

export function scoreMethod(method: GroupingMethod, corpus: readonly CorpusFailure[]): GroupingScore {
  return scoreGrouping(
    corpus.map((failure) => failure.label),
    labelsOf(method, corpus),
  );
}
