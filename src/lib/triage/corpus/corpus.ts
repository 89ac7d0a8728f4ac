import { APP_CAUSES } from './causes-app.ts';
import { NETWORK_CAUSES } from './causes-network.ts';
import { PLATFORM_CAUSES } from './causes-platform.ts';
import { corpusRng } from './corpus-rng.ts';
import type { CorpusCause, CorpusFailure } from './corpus-types.ts';

/**
 * The labelled corpus of Workflows failures the grouping is scored on (triage-anchors.md "Recommendation"):
 * every cause in several variants, with hard negatives (another status, property, column, step or error
 * name) that must stay apart. Seeded, so its scores are reproducible.
 */
export const CORPUS_CAUSES: readonly CorpusCause[] = [...PLATFORM_CAUSES, ...NETWORK_CAUSES, ...APP_CAUSES];

export function buildCorpus(seed = 11, causes: readonly CorpusCause[] = CORPUS_CAUSES): CorpusFailure[] {
  const rng = corpusRng(seed);
  const failures: CorpusFailure[] = [];
  causes.forEach((cause, index) => {
    const variants = 5 + (index % 4);
    for (let i = 0; i < variants; i++) {
      failures.push({
        label: cause.label,
        step: `${cause.step}-${rng.int(1, 3)}`,
        errorName: cause.name,
        message: cause.make(rng),
      });
    }
  });
  return failures;
}
