import { bucketCounts } from '../../../lib/triage/group.ts';

const BUCKETS = 24;
const WIDTH = 120;
const HEIGHT = 24;

/** Failures of one group over the range, as bars (role img, described in words). */
export function Sparkline({ times, start, end }: { times: readonly number[]; start: number; end: number }) {
  const counts = bucketCounts(times, start, end, BUCKETS);
  const max = Math.max(1, ...counts);
  const busiest = counts.indexOf(Math.max(...counts));
  const sliceMs = (end - start) / BUCKETS;
  const label = `${times.length} failures over the range; busiest around ${new Date(start + sliceMs * (busiest + 0.5)).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const barWidth = WIDTH / BUCKETS;
  return (
    <svg role="img" aria-label={label} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      <title>{label}</title>
      <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="stroke-slate-300" />
      {counts.map((count, index) => {
        const height = count === 0 ? 0 : Math.max(2, (count / max) * (HEIGHT - 2));
        return (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: one bar per time slice.
            key={index}
            x={index * barWidth + 0.5}
            y={HEIGHT - height}
            width={barWidth - 1}
            height={height}
            className="fill-rose-500"
          />
        );
      })}
    </svg>
  );
}
