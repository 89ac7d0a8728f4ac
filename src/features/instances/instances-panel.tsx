// STUB owned by the instance-table work: the real table replaces this; the props stay.
import type { WorkflowSearch } from './workflow-search.ts';

export interface InstancesPanelProps {
  accountId: string;
  workflowName: string;
  search: WorkflowSearch;
  /** Updates the URL's search params; `replace` for changes that should not add a history entry. */
  onSearchChange: (next: WorkflowSearch, options?: { replace?: boolean }) => void;
}

export function InstancesPanel({ workflowName }: InstancesPanelProps) {
  return <p className="p-4 text-sm text-slate-500">Instances of {workflowName} load here.</p>;
}
