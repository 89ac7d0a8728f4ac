import { formatDuration } from '../../../lib/format-time.ts';
import type { DurationBreakdown as Breakdown } from '../gantt/model/types.ts';

const PARTS: { key: keyof Breakdown; label: string; colour: string }[] = [
  { key: 'queued', label: 'Queued', colour: 'bg-slate-400' },
  { key: 'running', label: 'Running', colour: 'bg-blue-600' },
  { key: 'sleeping', label: 'Sleeping', colour: 'bg-indigo-300' },
  { key: 'waiting', label: 'Waiting for events', colour: 'bg-amber-400' },
  { key: 'retrying', label: 'Retrying (backoff)', colour: 'bg-red-300' },
];

/**
 * Where the instance's time went, from its steps. Steps run in parallel, so each figure is the union of
 * intervals (never counting overlapping time twice) and they need not add up to the total.
 */
export function DurationBreakdown({ breakdown }: { breakdown: Breakdown }) {
  const total = PARTS.reduce((sum, part) => sum + breakdown[part.key], 0);
  return (
    <section aria-label="Time breakdown" className="space-y-1.5">
      <div aria-hidden="true" className="flex h-2 overflow-hidden rounded bg-slate-100">
        {total > 0
          ? PARTS.map((part) => (
              <div
                key={part.key}
                className={part.colour}
                style={{ width: `${(breakdown[part.key] / total) * 100}%` }}
              />
            ))
          : null}
      </div>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-xs">
        {PARTS.map((part) => (
          <div key={part.key} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-2 rounded-sm ${part.colour}`} />
            <dt className="text-slate-600">{part.label}</dt>
            <dd className="font-medium text-slate-900 tabular-nums">{formatDuration(breakdown[part.key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
