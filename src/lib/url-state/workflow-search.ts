/** The workflow view's search params (PRODUCT.md "Shareable URLs"), all optional, defaults left out. */
export interface WorkflowSearch {
  status?: string;
  range?: string;
  from?: string;
  to?: string;
  q?: string;
  sort?: string;
  cols?: string;
  tz?: string;
}

/**
 * The route's `validateSearch`: keeps the known params as plain strings. Their values are validated by
 * view-state.ts in the panel, which drops what it cannot use, says so in a notice and replaces the URL.
 */
export function validateWorkflowSearch(raw: Record<string, unknown>): WorkflowSearch {
  const out: WorkflowSearch = {};
  for (const key of ['status', 'range', 'from', 'to', 'q', 'sort', 'cols', 'tz'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}
