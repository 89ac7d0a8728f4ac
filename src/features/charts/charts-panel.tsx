import { Link } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { useLoadedInstanceCharts } from '../../api/charts/use-loaded-instance-charts.ts';
import { useWorkflow } from '../../api/get-workflow.ts';
import { listFilterOf } from '../../api/instance-list/list-filter.ts';
import { formatCount } from '../../lib/chart-data/format-chart.ts';
import { shapeDurations } from '../../lib/chart-data/shape-durations.ts';
import { shapeStatusTimeSeries } from '../../lib/chart-data/shape-time-series.ts';
import { statusDistribution } from '../../lib/chart-data/status-distribution.ts';
import { localTimeZone } from '../../lib/chart-data/zoned-time.ts';
import type { WorkflowSearch } from '../../lib/url-state/workflow-search.ts';
import { useNow } from '../../lib/use-now.ts';
import { ChartCard } from './chart-card.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { CoverageNote } from './coverage-note.tsx';
import { DurationsChart } from './durations-chart.tsx';
import { DurationsTable } from './durations-table.tsx';
import { OverTimeChart } from './over-time-chart.tsx';
import { OverTimeTable } from './over-time-table.tsx';
import { PercentileSummary } from './percentile-summary.tsx';
import { StatusDistributionBar, StatusDistributionTable } from './status-distribution-bar.tsx';
import { type SearchChange, useChartView } from './use-chart-view.ts';
import { bucketRange, type ViewLinkFor } from './view-link.ts';

export interface ChartsPanelProps {
  accountId: string;
  workflowName: string;
  search: WorkflowSearch;
  onSearchChange: SearchChange;
}

const Message = ({ children }: { children: string }) => (
  <p className="flex h-full items-center justify-center text-sm text-slate-600">{children}</p>
);

/**
 * The workflow's charts above its table: the status distribution of every retained instance, then, for the
 * selected range and statuses, instances over time with the error rate, and durations. They read the URL's
 * view and the table's loaded instances, and write filters back to the URL.
 */
export function ChartsPanel({ accountId, workflowName, search, onSearchChange }: ChartsPanelProps) {
  const { view, searchWith, update } = useChartView(search, onSearchChange);
  const filterKey = JSON.stringify([accountId, workflowName, view.statuses, view.range]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter changes only with its key
  const filter = useMemo(() => listFilterOf(accountId, workflowName, view), [filterKey]);
  const now = useNow(5_000);
  const source = useLoadedInstanceCharts(filter, now);
  const workflow = useWorkflow(accountId, workflowName);
  const timeZone = view.tz === 'utc' ? 'UTC' : localTimeZone();
  const linkFor: ViewLinkFor = useCallback(
    (partial) => ({
      to: '/$accountId/workflows/$workflowName',
      params: { accountId, workflowName },
      search: searchWith(partial),
    }),
    [accountId, workflowName, searchWith],
  );

  const distribution = useMemo(
    () => (workflow.data ? statusDistribution(workflow.data.instances) : null),
    [workflow.data],
  );
  const { rows, domain, coverage } = source;
  const series = useMemo(
    () => (domain ? shapeStatusTimeSeries(rows, domain, { timeZone, now, coverage }) : null),
    [rows, domain, timeZone, now, coverage],
  );
  const durations = useMemo(
    () =>
      shapeDurations(
        domain ? rows.filter((row) => row.createdMs >= domain.start && row.createdMs < domain.end) : [],
      ),
    [rows, domain],
  );
  const waiting = source.pending ? 'Loading instances…' : source.error ? 'Could not load instances' : null;
  const empty = series === null || series.coverage.counted === 0;

  return (
    <div
      id="workflow-charts"
      className="grid h-full grid-cols-1 grid-rows-[13rem_20rem_26rem] gap-3 lg:grid-cols-3 lg:grid-rows-[7rem_20rem]"
    >
      <ChartCard
        className="lg:col-span-3"
        title="Status distribution"
        note={
          distribution
            ? `All retained instances, whatever the range: ${formatCount(distribution.total)}`
            : 'All retained instances'
        }
        chart={
          distribution ? (
            <StatusDistributionBar
              accountId={accountId}
              workflowName={workflowName}
              distribution={distribution}
              selected={view.statuses}
              searchFor={(statuses) => searchWith({ statuses: statuses as typeof view.statuses })}
            />
          ) : (
            <Message>{workflow.isError ? 'Could not load the counts' : 'Loading counts…'}</Message>
          )
        }
        table={distribution ? <StatusDistributionTable distribution={distribution} /> : null}
      />
      <ChartCard
        className="lg:col-span-2"
        title="Instances over time by status"
        note={
          series ? (
            <CoverageNote
              coverage={series.coverage}
              complete={source.complete}
              task={source.bulk.task}
              onLoadAll={() => void source.bulk.run('load')}
              onCancel={source.bulk.cancel}
            />
          ) : null
        }
        chart={
          waiting || empty ? (
            <Message>{waiting ?? 'No instances in this range'}</Message>
          ) : (
            <div className="flex h-full flex-col gap-1">
              <div className="relative min-h-0 flex-1">
                <OverTimeChart
                  series={series}
                  onRange={(from, to) =>
                    update({ range: { kind: 'custom', from: Math.floor(from / 1000) * 1000, to } })
                  }
                  onErrorSpike={(row) =>
                    row.erroredFrom !== null &&
                    update({ ...bucketRange(row.erroredFrom, row.end), statuses: ['errored'] })
                  }
                />
              </div>
              <ChartLegend statuses={series.statuses} errorRate />
            </div>
          )
        }
        table={series ? <OverTimeTable series={series} linkFor={linkFor} /> : null}
      />
      <ChartCard
        title="Durations"
        note={`From start to end, of ${formatCount(durations.overall.count)} finished instances in range`}
        actions={
          <Link
            {...linkFor({ sort: { column: 'duration', desc: true } })}
            className="text-orange-800 underline"
          >
            Slowest instances
          </Link>
        }
        chart={
          <div className="flex h-full flex-col gap-1">
            <div className="relative min-h-0 flex-1">
              {waiting || durations.overall.count === 0 ? (
                <Message>{waiting ?? 'No finished instances in this range'}</Message>
              ) : (
                <DurationsChart series={durations} />
              )}
            </div>
            <PercentileSummary series={durations} />
          </div>
        }
        table={<DurationsTable series={durations} />}
      />
    </div>
  );
}
