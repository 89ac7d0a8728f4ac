import type { InstanceView } from '../../lib/url-state/view-state.ts';
import type { WorkflowSearch } from '../../lib/url-state/workflow-search.ts';

/** The props of a router Link to the workflow view with part of its state changed. */
export type ViewLinkFor = (partial: Partial<InstanceView>) => {
  to: '/$accountId/workflows/$workflowName';
  params: { accountId: string; workflowName: string };
  search: WorkflowSearch;
};

/** The view state of the table filtered to one bucket's range (and optionally its errored instances). */
export function bucketRange(from: number, to: number): Partial<InstanceView> {
  return { range: { kind: 'custom', from: Math.floor(from / 1000) * 1000, to } };
}
