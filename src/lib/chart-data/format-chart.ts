/** Number formats of the charts: exact counts, shares, and durations to three significant digits. */

export const formatCount = (n: number) => n.toLocaleString('en-US');

/** "12.3%", "<0.1%" for a small non-zero share, "0%" for none. */
export function formatShare(share: number): string {
  if (share <= 0) return '0%';
  if (share < 0.001) return '<0.1%';
  return `${(share * 100).toFixed(share >= 0.995 ? 0 : 1)}%`;
}

const sig = (value: number) => (value >= 100 ? value.toFixed(0) : value.toPrecision(3).replace(/\.?0+$/, ''));

/** "340 ms", "12.4 s", "3.25 min", "2.5 h", "1.2 d": the percentiles as the page writes them. */
export function formatDurationShort(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${sig(ms / 1000)} s`;
  if (ms < 3_600_000) return `${sig(ms / 60_000)} min`;
  if (ms < 86_400_000) return `${sig(ms / 3_600_000)} h`;
  return `${sig(ms / 86_400_000)} d`;
}

/** Bin bounds as a compact label ("1 s", "15 min", "2 d"; "0" for zero). */
export function formatBound(ms: number): string {
  if (ms === 0) return '0';
  if (!Number.isFinite(ms)) return '∞';
  return formatDurationShort(ms);
}
