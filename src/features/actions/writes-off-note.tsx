import type { Meta } from '../../../contract/meta.ts';

/** Why the write controls are disabled, and how to turn them on. */
export function WritesOffNote({ id, meta }: { id: string; meta: Meta | undefined }) {
  if (!meta || meta.writes) return null;
  return (
    <p id={id} className="text-xs text-slate-600">
      {meta.writesUnavailable
        ? `Writes are unavailable: ${meta.writesUnavailable}`
        : 'Writes are off. Start the dashboard server with DASHBOARD_WRITES=1 to pause, terminate, restart, send events, trigger and delete instances.'}
    </p>
  );
}
