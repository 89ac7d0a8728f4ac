import { STATUS_DISPLAY_ORDER } from '../status-style.ts';

export interface StatusShare {
  status: string;
  count: number;
  /** count / total, 0 when the total is 0. */
  share: number;
}

export interface StatusDistribution {
  total: number;
  /** Every known status (zeros included) in display order, then unknown statuses with a count. */
  entries: StatusShare[];
}

/** The workflow's per-status counts (get-workflow's `instances`: every retained instance) as shares. */
export function statusDistribution(counts: Record<string, number>): StatusDistribution {
  const clean = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : 0);
  const known = STATUS_DISPLAY_ORDER.map((status) => ({ status, count: clean(counts[status]) }));
  const unknown = Object.keys(counts)
    .filter((status) => !(STATUS_DISPLAY_ORDER as readonly string[]).includes(status))
    .sort()
    .map((status) => ({ status, count: clean(counts[status]) }))
    .filter((entry) => entry.count > 0);
  const all = [...known, ...unknown];
  const total = all.reduce((sum, entry) => sum + entry.count, 0);
  return { total, entries: all.map((entry) => ({ ...entry, share: total > 0 ? entry.count / total : 0 })) };
}

/** errored / (complete + errored + terminated); null when none has finished. */
export function errorRateOf(counts: Record<string, number>): number | null {
  const n = (status: string) => clean(counts[status]);
  const finished = n('complete') + n('errored') + n('terminated');
  return finished > 0 ? n('errored') / finished : null;
}

function clean(n: number | undefined): number {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : 0;
}
