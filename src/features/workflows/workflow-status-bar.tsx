import { formatCount, formatShare } from '../../lib/chart-data/format-chart.ts';
import { statusDistribution } from '../../lib/chart-data/status-distribution.ts';
import { statusStyle } from '../../lib/status-style.ts';

/** A workflow's retained instances as one small stacked bar, named with every non-zero count. */
export function WorkflowStatusBar({ counts }: { counts: Record<string, number> }) {
  const { total, entries } = statusDistribution(counts);
  const present = entries.filter((entry) => entry.count > 0);
  const label =
    total === 0
      ? 'No instances'
      : present.map((entry) => `${statusStyle(entry.status).label} ${formatCount(entry.count)}`).join(', ');
  return (
    <div role="img" aria-label={label} className="flex h-2 w-48 overflow-hidden rounded-sm bg-slate-100">
      {present.map((entry) => (
        <span
          key={entry.status}
          title={`${statusStyle(entry.status).label}: ${formatCount(entry.count)} (${formatShare(entry.share)})`}
          style={{ flexGrow: entry.count, backgroundColor: statusStyle(entry.status).color }}
          className="min-w-px basis-0"
        />
      ))}
    </div>
  );
}
