/**
 * Merging instance lists fetched as several newest-first streams (the API takes one `status` per request,
 * so a multi-status filter is one cursor stream per status).
 */
export interface MergeableInstance {
  id: string;
  created_on: string;
  modified_on?: string | null | undefined;
}

const createdMs = (row: MergeableInstance) => Date.parse(row.created_on);
const modifiedMs = (row: MergeableInstance) => (row.modified_on ? Date.parse(row.modified_on) : 0);

/**
 * K-way merge of newest-first lists into one newest-first list, keeping one row per id (the most recently
 * modified: an instance that changed status between two requests can appear in two streams).
 */
export function mergeNewestFirst<T extends MergeableInstance>(lists: readonly (readonly T[])[]): T[] {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  const out: T[] = [];
  const indexById = new Map<string, number>();
  const heads = lists.map(() => 0);
  const keys = lists.map((list) => list.map(createdMs));
  for (let taken = 0; taken < total; taken++) {
    let best = -1;
    let bestKey = Number.NEGATIVE_INFINITY;
    for (let s = 0; s < lists.length; s++) {
      const key = keys[s]?.[heads[s] ?? 0];
      if (key !== undefined && (best === -1 || key > bestKey)) {
        best = s;
        bestKey = key;
      }
    }
    if (best === -1) break;
    const index = heads[best] ?? 0;
    heads[best] = index + 1;
    const row = lists[best]?.[index];
    if (!row) continue;
    const seen = indexById.get(row.id);
    if (seen === undefined) {
      indexById.set(row.id, out.length);
      out.push(row);
    } else {
      const previous = out[seen];
      if (previous && modifiedMs(row) > modifiedMs(previous)) out[seen] = row;
    }
  }
  return out;
}

/**
 * Overlays freshly polled rows onto a loaded newest-first list: rows with a known id replace the loaded
 * ones when more recently modified; unknown ids are inserted in created order. Returns the same array when
 * nothing changed, so memoized consumers do not recompute.
 */
export function overlayFresh<T extends MergeableInstance>(
  loaded: readonly T[],
  fresh: readonly T[],
  accept: (row: T) => boolean = () => true,
): { rows: readonly T[]; added: number; changed: number } {
  if (fresh.length === 0) return { rows: loaded, added: 0, changed: 0 };
  const position = new Map<string, number>();
  for (let i = 0; i < loaded.length; i++) position.set((loaded[i] as T).id, i);
  let replaced: T[] | null = null;
  const newcomers: T[] = [];
  let changed = 0;
  for (const row of fresh) {
    const at = position.get(row.id);
    if (at === undefined) {
      if (accept(row)) newcomers.push(row);
      continue;
    }
    const current = (replaced ?? loaded)[at] as T;
    if (current !== row && modifiedMs(row) > modifiedMs(current)) {
      replaced ??= [...loaded];
      replaced[at] = row;
      changed++;
    }
  }
  if (newcomers.length === 0) return { rows: replaced ?? loaded, added: 0, changed };
  const rows = mergeNewestFirst([newcomers, replaced ?? loaded]);
  return { rows, added: rows.length - loaded.length, changed };
}
