import type { BulkTask } from '../../../api/instance-list/use-bulk-load.ts';

export function BulkProgress({ task, onCancel }: { task: BulkTask; onCancel: () => void }) {
  const label = task.kind === 'load' ? 'Loading all instances in range' : 'Exporting all instances in range';
  const percent = task.progress.fraction === null ? undefined : Math.round(task.progress.fraction * 100);
  return (
    <div className="flex items-center gap-2 text-xs text-slate-600">
      <progress aria-label={label} max={100} value={percent} className="h-2 w-40" />
      <span>
        {label}: {percent === undefined ? '' : `${percent}%, `}
        {task.progress.requests.toLocaleString('en-US')}{' '}
        {task.progress.requests === 1 ? 'request' : 'requests'}
      </span>
      {task.error && (
        <span role="alert" className="text-red-700">
          {task.error}
        </span>
      )}
      <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-2 py-0.5">
        {task.error ? 'Dismiss' : 'Cancel'}
      </button>
    </div>
  );
}
