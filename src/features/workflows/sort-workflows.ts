import type { Workflow } from '../../../contract/workflows.ts';
import { errorRateOf } from '../../lib/chart-data/status-distribution.ts';
import type { WorkflowsSort } from '../../lib/url-state/workflows-search.ts';

/**
 * The workflows in the URL's order: by errored count or by error rate (errored / finished), ties by name. A
 * workflow with nothing finished has no error rate and goes last either way.
 */
export function sortWorkflows(workflows: readonly Workflow[], sort: WorkflowsSort | undefined): Workflow[] {
  if (!sort) return [...workflows];
  const desc = sort.startsWith('-');
  const key = (workflow: Workflow): number | null =>
    sort.endsWith('error_rate') ? errorRateOf(workflow.instances) : (workflow.instances.errored ?? 0);
  return [...workflows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
    } else if (ka !== kb) return desc ? kb - ka : ka - kb;
    return a.name.localeCompare(b.name);
  });
}
