import { type Cause, causeId, causeOf, type Failure } from './cause.ts';

/**
 * Groups failures by cause. Pure and incremental-friendly: the same failures give the same groups with the
 * same ids in any order, so a group's URL stays valid while more details arrive.
 */
export interface TriageItem {
  instanceId: string;
  /** created_on, epoch ms. */
  createdMs: number;
  failure: Failure;
  /** The failing attempt (1-based) and the attempts spent, when the failure is a step's. */
  attempt?: number | null;
  attempts?: number;
  /** The failing step's retry config as logged (limit, delay, backoff). */
  retries?: { limit?: number; delay?: string | number; backoff?: string } | null;
}

export interface ErrorGroup<T extends TriageItem = TriageItem> {
  id: string;
  cause: Cause;
  /** Newest first. */
  items: T[];
  firstSeen: number;
  lastSeen: number;
  /** Up to three distinct real messages, newest first. */
  examples: string[];
}

const MAX_EXAMPLES = 3;
/** Causes by (step, error name, message): the view regroups as details arrive, templates are not free. */
const causeCache = new Map<string, Cause>();
const CAUSE_CACHE_MAX = 20_000;

function cachedCause(failure: Failure): Cause {
  const memo = `${failure.step}\u0000${failure.errorName}\u0000${failure.message}`;
  let cause = causeCache.get(memo);
  if (!cause) {
    if (causeCache.size >= CAUSE_CACHE_MAX) causeCache.clear();
    cause = causeOf(failure);
    causeCache.set(memo, cause);
  }
  return cause;
}

export function groupFailures<T extends TriageItem>(items: readonly T[]): ErrorGroup<T>[] {
  const byId = new Map<string, ErrorGroup<T>>();
  for (const item of items) {
    const cause = cachedCause(item.failure);
    const id = causeId(cause);
    const group = byId.get(id);
    if (group) {
      group.items.push(item);
      group.firstSeen = Math.min(group.firstSeen, item.createdMs);
      group.lastSeen = Math.max(group.lastSeen, item.createdMs);
    } else {
      byId.set(id, {
        id,
        cause,
        items: [item],
        firstSeen: item.createdMs,
        lastSeen: item.createdMs,
        examples: [],
      });
    }
  }
  const groups = [...byId.values()];
  for (const group of groups) {
    group.items.sort((a, b) => b.createdMs - a.createdMs || a.instanceId.localeCompare(b.instanceId));
    const seen = new Set<string>();
    for (const item of group.items) {
      if (seen.size >= MAX_EXAMPLES) break;
      seen.add(item.failure.message);
    }
    group.examples = [...seen];
  }
  return sortGroups(groups, 'count');
}

export type GroupSort = 'count' | 'recent';

/** Count (ties: most recent), or most recent (ties: count); the id breaks the rest, so the order is stable. */
export function sortGroups<T extends TriageItem>(
  groups: readonly ErrorGroup<T>[],
  sort: GroupSort,
): ErrorGroup<T>[] {
  return [...groups].sort((a, b) => {
    const byCount = b.items.length - a.items.length;
    const byRecent = b.lastSeen - a.lastSeen;
    const primary = sort === 'count' ? byCount || byRecent : byRecent || byCount;
    return primary || a.id.localeCompare(b.id);
  });
}

/** Groups whose messages, template, step or error name contain the text (case-insensitive). */
export function searchGroups<T extends TriageItem>(
  groups: readonly ErrorGroup<T>[],
  text: string,
): ErrorGroup<T>[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...groups];
  return groups.filter(
    (group) =>
      group.cause.template.toLowerCase().includes(needle) ||
      group.cause.errorName.toLowerCase().includes(needle) ||
      group.cause.step.toLowerCase().includes(needle) ||
      group.items.some((item) => item.failure.message.toLowerCase().includes(needle)),
  );
}

/** Counts of `times` in `buckets` equal slices of [start, end] (the sparkline over the range). */
export function bucketCounts(
  times: readonly number[],
  start: number,
  end: number,
  buckets: number,
): number[] {
  const counts = new Array<number>(buckets).fill(0);
  const span = Math.max(1, end - start);
  for (const time of times) {
    if (time < start || time > end) continue;
    const index = Math.min(buckets - 1, Math.floor(((time - start) / span) * buckets));
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/** The attempts spent by a group's failing step: the most and the mean. */
export function attemptsSpent(group: ErrorGroup): { max: number; mean: number } | null {
  const spent = group.items.map((item) => item.attempts ?? 0).filter((n) => n > 0);
  if (spent.length === 0) return null;
  return { max: Math.max(...spent), mean: spent.reduce((a, b) => a + b, 0) / spent.length };
}
