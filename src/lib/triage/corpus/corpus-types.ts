import type { CorpusRng } from './corpus-rng.ts';

/** One labelled cause of the corpus: the failing step, the error's name and a message with varying parts. */
export interface CorpusCause {
  label: string;
  step: string;
  name: string;
  make: (rng: CorpusRng) => string;
}

/** One labelled failure. */
export interface CorpusFailure {
  label: string;
  /** As logged, with a counter suffix. */
  step: string;
  errorName: string;
  message: string;
}
