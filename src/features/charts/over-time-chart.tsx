import { useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { StatusTimeSeries } from '../../lib/chart-data/series-types.ts';
import { CHART_PALETTE, statusStyle } from '../../lib/status-style.ts';
import { type OverTimeRow, overTimeRows, statusKey } from './over-time-rows.ts';
import { OverTimeTooltip } from './over-time-tooltip.tsx';
import { tickLabel } from './time-labels.ts';
import { useDragRange } from './use-drag-range.ts';

export interface OverTimeChartProps {
  series: StatusTimeSeries;
  /** Drag across buckets: the range from the first one's start to the last one's end. */
  onRange: (from: number, to: number) => void;
  /** A click on the error-rate line at a bucket. */
  onErrorSpike: (row: OverTimeRow) => void;
}

const AXIS_TICK = { fill: CHART_PALETTE.axis, fontSize: 11 };

/**
 * Instances created per bucket, stacked by status, with the error rate of the instances that ended in each
 * bucket as a line on the same time axis (right-hand scale). Animation is off: a live refresh redraws the
 * bars where they are instead of growing them from zero.
 */
export function OverTimeChart({ series, onRange, onErrorSpike }: OverTimeChartProps) {
  const rows = useMemo(() => overTimeRows(series), [series]);
  const drag = useDragRange((first, last) => {
    const a = rows[first];
    const b = rows[last];
    if (a && b) onRange(a.start, b.end);
  });
  const lastPartial = rows.findLastIndex(
    (row) => row.partial && series.coverage.loadedFrom !== null && row.start < series.coverage.loadedFrom,
  );
  const { step, timeZone } = series;
  return (
    <div className="absolute inset-0 select-none">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          margin={{ top: 8, right: 4, bottom: 0, left: -12 }}
          barCategoryGap={1}
          cursor="crosshair"
          {...drag.handlers}
        >
          <CartesianGrid vertical={false} stroke={CHART_PALETTE.grid} />
          <XAxis
            dataKey="index"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: CHART_PALETTE.grid }}
            tickFormatter={(index: number) => {
              const row = rows[index];
              return row ? tickLabel(row.start, step, timeZone) : '';
            }}
            minTickGap={24}
          />
          <YAxis yAxisId="count" allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <YAxis
            yAxisId="rate"
            orientation="right"
            domain={[0, 100]}
            unit="%"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={40}
          />
          {lastPartial >= 0 ? (
            <ReferenceArea
              yAxisId="count"
              x1={0}
              x2={lastPartial}
              fill={CHART_PALETTE.notLoaded}
              fillOpacity={1}
            />
          ) : null}
          {series.statuses.map((status) => (
            <Bar
              key={status}
              yAxisId="count"
              dataKey={statusKey(status)}
              name={statusStyle(status).label}
              stackId="status"
              fill={statusStyle(status).color}
              isAnimationActive={false}
            />
          ))}
          <Line
            yAxisId="rate"
            dataKey="errorRatePct"
            name="Error rate"
            stroke={CHART_PALETTE.errorRate}
            strokeWidth={1.5}
            isAnimationActive={false}
            connectNulls={false}
            dot={(props: { cx?: number; cy?: number; index?: number; payload?: OverTimeRow }) => {
              const { cx, cy, payload } = props;
              if (cx === undefined || cy === undefined || !payload || payload.errorRatePct === null) {
                return <g key={props.index} />;
              }
              return (
                // biome-ignore lint/a11y/noStaticElementInteractions: the mouse path; the table view has the same links
                <g
                  key={props.index}
                  className="cursor-pointer"
                  onClick={() => {
                    if (!drag.moved.current && payload.errored > 0) onErrorSpike(payload);
                  }}
                >
                  <circle cx={cx} cy={cy} r={8} fill="transparent" />
                  <circle cx={cx} cy={cy} r={2.5} fill={CHART_PALETTE.errorRate} />
                </g>
              );
            }}
          />
          {drag.selection ? (
            <ReferenceArea
              yAxisId="count"
              x1={Math.min(drag.selection.anchor, drag.selection.current)}
              x2={Math.max(drag.selection.anchor, drag.selection.current)}
              fill={CHART_PALETTE.selection}
              fillOpacity={0.25}
            />
          ) : null}
          <Tooltip
            isAnimationActive={false}
            cursor={{ fill: CHART_PALETTE.grid, fillOpacity: 0.5 }}
            content={(props) => (
              <OverTimeTooltip
                row={props.active ? (props.payload?.[0]?.payload as OverTimeRow | undefined) : undefined}
                statuses={series.statuses}
                step={step}
                timeZone={timeZone}
              />
            )}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
