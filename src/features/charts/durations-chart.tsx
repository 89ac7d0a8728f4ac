import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { durationBin } from '../../lib/chart-data/duration-bins.ts';
import { formatBound, formatCount, formatDurationShort } from '../../lib/chart-data/format-chart.ts';
import type { DurationSeries } from '../../lib/chart-data/shape-durations.ts';
import { CHART_PALETTE, statusStyle } from '../../lib/status-style.ts';

interface DurationRow {
  index: number;
  from: number;
  to: number;
  total: number;
  [statusKey: `s:${string}`]: number;
}

const AXIS_TICK = { fill: CHART_PALETTE.axis, fontSize: 11 };
const MARKS = ['p50', 'p95', 'p99'] as const;

export const binLabel = (from: number, to: number) => `${formatBound(from)} – ${formatBound(to)}`;

type LabelPosition = 'top' | 'insideTopRight' | 'insideTopLeft';

/**
 * One dashed line per bin that holds a percentile, its label naming every percentile in it ("p95 p99"), so
 * labels never print over each other; lines a bin or two apart put their labels on their outer sides.
 */
export function markLines(
  series: DurationSeries,
  bounds: readonly number[],
): { bin: number; label: string; position: LabelPosition }[] {
  const lines: { bin: number; marks: string[] }[] = [];
  for (const mark of MARKS) {
    const value = series.overall[mark];
    const bin = value === null ? -1 : durationBin(bounds, value);
    if (bin < 0) continue;
    const last = lines.at(-1);
    if (last?.bin === bin) last.marks.push(mark);
    else lines.push({ bin, marks: [mark] });
  }
  const near = (a?: { bin: number }, b?: { bin: number }) =>
    a !== undefined && b !== undefined && Math.abs(a.bin - b.bin) <= 2;
  return lines.map((line, i) => {
    const before = near(lines[i - 1], line);
    const after = near(line, lines[i + 1]);
    const position: LabelPosition =
      before && after ? 'top' : after ? 'insideTopRight' : before ? 'insideTopLeft' : 'top';
    return { bin: line.bin, label: line.marks.join(' '), position };
  });
}

/** Durations of the finished instances on a round-number ladder, stacked by final status, p50/p95/p99 marked. */
export function DurationsChart({ series }: { series: DurationSeries }) {
  const rows = useMemo(
    () =>
      series.bins.map((bin, index) => {
        const row: DurationRow = { index, from: bin.from, to: bin.to, total: bin.total };
        for (const status of series.statuses) row[`s:${status}`] = bin.counts[status] ?? 0;
        return row;
      }),
    [series],
  );
  const bounds = useMemo(
    () => [...series.bins.map((bin) => bin.from), series.bins.at(-1)?.to ?? 0],
    [series],
  );
  return (
    <div className="absolute inset-0">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 16, right: 8, bottom: 0, left: -12 }} barCategoryGap={1}>
          <CartesianGrid vertical={false} stroke={CHART_PALETTE.grid} />
          <XAxis
            dataKey="index"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: CHART_PALETTE.grid }}
            tickFormatter={(index: number) => formatBound(rows[index]?.from ?? 0)}
          />
          <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          {series.statuses.map((status) => (
            <Bar
              key={status}
              dataKey={`s:${status}`}
              name={statusStyle(status).label}
              stackId="status"
              fill={statusStyle(status).color}
              isAnimationActive={false}
            />
          ))}
          {markLines(series, bounds).map((line) => (
            <ReferenceLine
              key={line.label}
              x={line.bin}
              stroke={CHART_PALETTE.percentile}
              strokeDasharray="3 3"
              label={{
                value: line.label,
                position: line.position,
                fontSize: 10,
                fill: CHART_PALETTE.percentile,
              }}
            />
          ))}
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: CHART_PALETTE.grid, fillOpacity: 0.5 }}
            content={(props) => {
              const row = props.active ? (props.payload?.[0]?.payload as DurationRow | undefined) : undefined;
              if (!row) return null;
              return (
                <div className="rounded border border-slate-200 bg-white px-2 py-1.5 text-xs shadow-md tabular-nums">
                  <p className="font-medium text-slate-900">{binLabel(row.from, row.to)}</p>
                  {series.statuses.map((status) =>
                    row[`s:${status}`] ? (
                      <p key={status} className="text-slate-700">
                        {statusStyle(status).label} {formatCount(row[`s:${status}`] ?? 0)}
                      </p>
                    ) : null,
                  )}
                  {MARKS.filter((mark) => {
                    const value = series.overall[mark];
                    return value !== null && value >= row.from && value < row.to;
                  }).map((mark) => (
                    <p key={mark} className="text-slate-900">
                      {mark} {formatDurationShort(series.overall[mark])}
                    </p>
                  ))}
                </div>
              );
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
