// STUB owned by the instance-table work: the real schema replaces this; the exports stay.
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

/** Parses raw search params leniently: invalid values are dropped (and reported by the panel). */
export function validateWorkflowSearch(raw: Record<string, unknown>): WorkflowSearch {
  const out: WorkflowSearch = {};
  for (const key of ['status', 'range', 'from', 'to', 'q', 'sort', 'cols', 'tz'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}
