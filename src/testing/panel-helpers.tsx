import type { InfiniteData } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { InstanceSummary } from '../../contract/instances.ts';
import { SIMULATOR_BASE_URL } from '../../simulator/index.ts';
import { type MergedPage, mergedRows } from '../api/instance-list/merged-pages.ts';
import { instanceListKeys } from '../api/instance-list/queries.ts';
import { TEST_NOW, testSimulator } from './msw-server.ts';
import { PanelHarness, type UrlChange } from './panel-harness.tsx';
import { renderWithClient } from './render.tsx';
import { listAllInstances } from './simulator-rows.ts';

/** Helpers of the instances panel's component tests: the panel over MSW and the simulator. */
export const ACCOUNT = testSimulator.accountId;
export const WORKFLOW = 'order-fulfilment';

export const apiRows = (workflow: string, query: Record<string, string>) =>
  listAllInstances(testSimulator, workflow, query);

export async function workflowCounts(workflow: string): Promise<Record<string, number>> {
  const url = `${SIMULATOR_BASE_URL}/accounts/${ACCOUNT}/workflows/${workflow}`;
  return (await (await testSimulator.fetch(new Request(url))).json()).result.instances;
}

export function renderPanel(initial: Record<string, string> = {}, workflowName = WORKFLOW) {
  const changes: UrlChange[] = [];
  const opened: string[] = [];
  const utils = renderWithClient(
    <PanelHarness
      accountId={ACCOUNT}
      workflowName={workflowName}
      initial={initial}
      changes={changes}
      opened={opened}
    />,
  );
  return { ...utils, changes, opened };
}

export const grid = (workflow = WORKFLOW) => screen.findByRole('grid', { name: `Instances of ${workflow}` });

/** Ids of the rendered (virtualized) rows, top to bottom. */
export function renderedIds(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]?.textContent?.replace(/[⧉✓]$/, '') ?? '');
}

export function cachedRows(queryClient: ReturnType<typeof renderPanel>['queryClient']): InstanceSummary[] {
  const entries = queryClient.getQueriesData<InfiniteData<MergedPage>>({
    queryKey: instanceListKeys.all(ACCOUNT, WORKFLOW),
  });
  const merged = entries.find(([key]) => key.includes('merged'))?.[1];
  return merged ? mergedRows(merged.pages) : [];
}

/** Relative ranges resolve against the simulator's clock; each test starts with no saved scroll. */
export function withPanelClock() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
    sessionStorage.clear();
  });
}
