import type { Attempt } from '../../../contract/instances.ts';
import { formatAbsolute, formatSpan, formatTimeOfDay } from '../../lib/format-time.ts';
import { RunStateLabel } from './run-state-label.tsx';
import { attemptState } from './step-kinds.ts';

const th = 'px-2 py-1 text-left font-medium text-slate-500';
const td = 'px-2 py-1 align-top';

/** One row per attempt of a step: #, start, duration, state, error. */
export function AttemptsTable({
  stepName,
  attempts,
  now,
}: {
  stepName: string;
  attempts: Attempt[];
  now: number;
}) {
  return (
    <table aria-label={`Attempts of ${stepName}`} className="w-full text-xs">
      <thead className="border-b border-slate-100">
        <tr>
          <th scope="col" className={`${th} w-8`}>
            #
          </th>
          <th scope="col" className={th}>
            Start
          </th>
          <th scope="col" className={th}>
            Duration
          </th>
          <th scope="col" className={th}>
            State
          </th>
          <th scope="col" className={th}>
            Error
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-50">
        {attempts.map((attempt, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: attempts are an append-only, numbered list
          <tr key={index}>
            <td className={`${td} tabular-nums text-slate-500`}>{index + 1}</td>
            <td className={`${td} tabular-nums`} title={formatAbsolute(attempt.start, 'utc')}>
              {formatTimeOfDay(attempt.start)}
            </td>
            <td className={`${td} tabular-nums`}>{formatSpan(attempt.start, attempt.end, now)}</td>
            <td className={td}>
              <RunStateLabel state={attemptState(attempt)} />
            </td>
            <td className={`${td} text-red-800`}>
              {attempt.error ? (
                <>
                  <span className="font-medium">{attempt.error.name}</span>
                  {attempt.error.message ? `: ${attempt.error.message}` : ''}
                </>
              ) : (
                <span className="text-slate-300">—</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
