import { useQuery } from '@tanstack/react-query';
import type { InstanceDetail, InstanceSummary } from '../../../../contract/instances.ts';
import { instanceQueryOptions } from '../../../api/get-instance.ts';
import { formatDuration } from '../../../lib/format-time.ts';
import { type CompareRow, compareSteps, type StepSide } from '../../../lib/triage/compare.ts';
import { FollowLink } from '../follow-link.tsx';
import { nearestCompleteQueryOptions } from './nearest-complete.ts';

export interface CompareViewProps {
  accountId: string;
  workflowName: string;
  failed: InstanceSummary;
  failedDetail: InstanceDetail;
  instanceHref: (id: string) => string;
}

function Side({ side }: { side: StepSide | null }) {
  if (!side) return <span className="text-slate-400">did not run</span>;
  const tone = side.outcome === 'failed' || side.outcome === 'timed out' ? 'text-rose-700' : 'text-slate-700';
  return (
    <span className={tone}>
      {side.outcome}
      {side.durationMs !== null ? `, ${formatDuration(side.durationMs)}` : ''}
      {side.attempts !== null ? `, ${side.attempts} attempt${side.attempts === 1 ? '' : 's'}` : ''}
    </span>
  );
}

function Row({ row }: { row: CompareRow }) {
  return (
    <tr
      className={row.divergesHere ? 'bg-rose-50' : undefined}
      aria-current={row.divergesHere ? 'step' : undefined}
    >
      <th scope="row" className="px-2 py-1 text-left font-mono font-normal">
        {row.name}
        {row.divergesHere ? (
          <span className="ml-2 rounded bg-rose-600 px-1.5 py-0.5 font-sans text-xs text-white">
            diverges here
          </span>
        ) : null}
      </th>
      <td className="px-2 py-1">
        <Side side={row.failed} />
      </td>
      <td className="px-2 py-1">
        <Side side={row.complete} />
      </td>
    </tr>
  );
}

/** A failed instance beside the nearest complete one of the same version, aligned by step name. */
export function CompareView({
  accountId,
  workflowName,
  failed,
  failedDetail,
  instanceHref,
}: CompareViewProps) {
  const nearest = useQuery(nearestCompleteQueryOptions(accountId, workflowName, failed));
  const completeId = nearest.data?.id;
  const complete = useQuery({
    ...instanceQueryOptions(accountId, workflowName, completeId ?? ''),
    enabled: completeId !== undefined,
  });
  return (
    <section aria-labelledby="compare-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id="compare-heading" className="text-sm font-semibold text-slate-900">
        Compare with a complete run of the same version
      </h3>
      {nearest.isPending ? (
        <p className="text-sm text-slate-500">Looking for the nearest complete instance…</p>
      ) : null}
      {nearest.isError ? <p className="text-sm text-rose-700">Could not list complete instances.</p> : null}
      {nearest.data === null ? (
        <p className="text-sm text-slate-500">
          No complete instance of version {failed.version_id} near this failure.
        </p>
      ) : null}
      {nearest.data && complete.data ? (
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">
            Steps of the failed and the complete instance, aligned by step name
          </caption>
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th scope="col" className="px-2 py-1">
                Step
              </th>
              <th scope="col" className="px-2 py-1">
                Failed:{' '}
                <FollowLink className="font-mono underline" href={instanceHref(failed.id)}>
                  {failed.id}
                </FollowLink>
              </th>
              <th scope="col" className="px-2 py-1">
                Complete:{' '}
                <FollowLink className="font-mono underline" href={instanceHref(nearest.data.id)}>
                  {nearest.data.id}
                </FollowLink>
              </th>
            </tr>
          </thead>
          <tbody>
            {compareSteps(failedDetail.steps, complete.data.steps).map((row) => (
              <Row key={row.name} row={row} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
