/** Builders for the SPA's routes (PRODUCT.md "Shareable URLs"). Segments are URL-encoded. */
const seg = encodeURIComponent;

export function workflowsPath(accountId: string): string {
  return `/${seg(accountId)}/workflows`;
}

export function workflowPath(accountId: string, workflowName: string): string {
  return `${workflowsPath(accountId)}/${seg(workflowName)}`;
}

export function instancePath(accountId: string, workflowName: string, instanceId: string): string {
  return `${workflowPath(accountId, workflowName)}/instances/${seg(instanceId)}`;
}

/** The API path of a workflow's resources under `/accounts/{id}`. */
export function workflowApiPath(accountId: string, workflowName: string): string {
  return `/accounts/${seg(accountId)}/workflows/${seg(workflowName)}`;
}
