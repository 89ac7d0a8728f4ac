import { useState } from 'react';
import { InstancesPanel } from '../features/instance-table/instances-panel.tsx';
import type { WorkflowSearch } from '../lib/url-state/workflow-search.ts';

export interface UrlChange {
  search: WorkflowSearch;
  replace: boolean;
}

/** Stands in for the router in component tests: holds the search params and records every change. */
export function PanelHarness({
  accountId,
  workflowName,
  initial = {},
  changes = [],
  opened = [],
}: {
  accountId: string;
  workflowName: string;
  initial?: WorkflowSearch;
  changes?: UrlChange[];
  opened?: string[];
}) {
  const [search, setSearch] = useState<WorkflowSearch>(initial);
  return (
    <InstancesPanel
      accountId={accountId}
      workflowName={workflowName}
      search={search}
      onSearchChange={(next, options) => {
        changes.push({ search: next, replace: options?.replace ?? false });
        setSearch(next);
      }}
      onOpenInstance={(id) => opened.push(id)}
    />
  );
}
