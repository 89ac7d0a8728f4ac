import type { RunState } from './step-kinds.ts';

const STYLES: Record<RunState, { label: string; className: string }> = {
  succeeded: { label: 'Succeeded', className: 'text-emerald-700' },
  failed: { label: 'Failed', className: 'text-red-700' },
  running: { label: 'Running', className: 'text-blue-700' },
  retrying: { label: 'Waiting to retry', className: 'text-amber-700' },
  unknown: { label: 'Unknown', className: 'text-slate-500' },
};

export function RunStateLabel({ state }: { state: RunState }) {
  const style = STYLES[state];
  return <span className={`whitespace-nowrap text-xs font-medium ${style.className}`}>{style.label}</span>;
}
