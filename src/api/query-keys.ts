/**
 * The roots of every per-account query key, so that one prefix covers all of a workflow's (or an instance's)
 * cached data: `['accounts', id, 'workflows', name, 'instances', instanceId, …]`.
 */
export const accountKey = (accountId: string) => ['accounts', accountId] as const;

export const workflowKey = (accountId: string, workflowName: string) =>
  [...accountKey(accountId), 'workflows', workflowName] as const;

export const instanceKey = (accountId: string, workflowName: string, instanceId: string) =>
  [...workflowKey(accountId, workflowName), 'instances', instanceId] as const;
