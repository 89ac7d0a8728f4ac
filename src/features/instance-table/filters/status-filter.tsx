import { INSTANCE_STATUSES, type KnownInstanceStatus } from '../../../../contract/status.ts';
import { statusStyle } from '../../../lib/status-style.ts';

/** Statuses to show; none checked means every status. Each checked status costs one request per page. */
export function StatusFilter({
  value,
  onChange,
}: {
  value: readonly KnownInstanceStatus[];
  onChange: (next: KnownInstanceStatus[]) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <legend className="sr-only">Status</legend>
      <span aria-hidden="true" className="text-xs font-medium text-slate-500">
        Status
      </span>
      {INSTANCE_STATUSES.map((status) => (
        <label key={status} className="inline-flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={value.includes(status)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? INSTANCE_STATUSES.filter((s) => s === status || value.includes(s))
                  : value.filter((s) => s !== status),
              )
            }
          />
          {statusStyle(status).label}
        </label>
      ))}
    </fieldset>
  );
}
