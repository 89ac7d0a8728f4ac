import type { InstanceSummary } from '../../contract/instances.ts';
import { SIMULATOR_BASE_URL, type Simulator } from '../../simulator/index.ts';

/** Every instance a list query returns, straight from the simulator, following cursors (per_page 100). */
export async function listAllInstances(
  simulator: Simulator,
  workflow: string,
  query: Record<string, string> = {},
): Promise<InstanceSummary[]> {
  const rows: InstanceSummary[] = [];
  let cursor = '';
  do {
    const params = new URLSearchParams({ ...query, per_page: '100', ...(cursor ? { cursor } : {}) });
    const url = `${SIMULATOR_BASE_URL}/accounts/${simulator.accountId}/workflows/${workflow}/instances?${params}`;
    const body = await (await simulator.fetch(new Request(url))).json();
    rows.push(...body.result);
    cursor = body.result_info?.cursor ?? '';
  } while (cursor);
  return rows;
}
