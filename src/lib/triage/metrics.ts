/**
 * The measures the log-parsing field uses to score a grouping against labels (triage-anchors.md §5):
 * LogHub's grouping accuracy (GA), FGA, and pairwise precision (over-grouping) and recall (under-grouping).
 */
export interface GroupingScore {
  /** Share of messages whose predicted group has exactly the members of their true group. */
  ga: number;
  /** F1 of group-level precision (correct groups / predicted) and recall (correct groups / true). */
  fga: number;
  /** Of the pairs put together, the share that belong together; 1 - this is over-grouping. */
  pairwisePrecision: number;
  /** Of the pairs that belong together, the share put together; 1 - this is under-grouping. */
  pairwiseRecall: number;
  pairwiseF1: number;
  predictedGroups: number;
  trueGroups: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function membersOf(labels: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  labels.forEach((label, index) => {
    const list = groups.get(label);
    if (list) list.push(index);
    else groups.set(label, [index]);
  });
  return groups;
}

/** Scores predicted group labels against true ones (same length, same order). */
export function scoreGrouping(truth: readonly string[], predicted: readonly string[]): GroupingScore {
  if (truth.length !== predicted.length) throw new Error('truth and predicted differ in length');
  const trueGroups = membersOf(truth);
  const predictedGroups = membersOf(predicted);
  let correctMessages = 0;
  let correctGroups = 0;
  for (const members of predictedGroups.values()) {
    const label = truth[members[0] as number] as string;
    const trueMembers = trueGroups.get(label) ?? [];
    if (trueMembers.length === members.length && members.every((i) => truth[i] === label)) {
      correctMessages += members.length;
      correctGroups++;
    }
  }
  const cells = new Map<string, number>();
  predicted.forEach((label, i) => {
    const key = `${label}\u0000${truth[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  });
  let together = 0;
  for (const n of cells.values()) together += pairs(n);
  let predictedPairs = 0;
  for (const members of predictedGroups.values()) predictedPairs += pairs(members.length);
  let truePairs = 0;
  for (const members of trueGroups.values()) truePairs += pairs(members.length);
  const pairwisePrecision = predictedPairs === 0 ? 1 : together / predictedPairs;
  const pairwiseRecall = truePairs === 0 ? 1 : together / truePairs;
  const groupPrecision = predictedGroups.size === 0 ? 0 : correctGroups / predictedGroups.size;
  const groupRecall = trueGroups.size === 0 ? 0 : correctGroups / trueGroups.size;
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  return {
    ga: truth.length === 0 ? 1 : correctMessages / truth.length,
    fga: f1(groupPrecision, groupRecall),
    pairwisePrecision,
    pairwiseRecall,
    pairwiseF1: f1(pairwisePrecision, pairwiseRecall),
    predictedGroups: predictedGroups.size,
    trueGroups: trueGroups.size,
  };
}
