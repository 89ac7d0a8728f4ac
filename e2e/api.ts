import type { APIRequestContext, Page } from '@playwright/test';

/** Reads the mirrored Cloudflare API directly, to check what the UI shows against it. */
export async function apiGet<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`/api/client/v4${path}`);
  if (!response.ok()) throw new Error(`${path}: ${response.status()}`);
  const body = (await response.json()) as { result: T };
  return body.result;
}

export async function demoAccountId(request: APIRequestContext): Promise<string> {
  const meta = (await (await request.get('/api/meta')).json()) as { accounts: { id: string }[] };
  const id = meta.accounts[0]?.id;
  if (!id) throw new Error('no account in /api/meta');
  return id;
}

export interface ListedInstance {
  id: string;
  status: string;
  created_on: string;
}

/** Every instance of a workflow with `status`, through cursor pages of 100. */
export async function listAll(
  request: APIRequestContext,
  accountId: string,
  workflow: string,
  status?: string,
): Promise<ListedInstance[]> {
  const rows: ListedInstance[] = [];
  let cursor: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ per_page: '100' });
    if (status) query.set('status', status);
    if (cursor) query.set('cursor', cursor);
    const response = await request.get(
      `/api/client/v4/accounts/${accountId}/workflows/${workflow}/instances?${query}`,
    );
    const body = (await response.json()) as { result: ListedInstance[]; result_info?: { cursor?: string } };
    rows.push(...body.result);
    cursor = body.result_info?.cursor || undefined;
    if (!cursor || body.result.length === 0) return rows;
  }
}

/**
 * The `result` of every successful API response the page receives for a path ending in `suffix`, in
 * arrival order. The demo account is alive (instances move on between any two reads), so a test that
 * compares the page with "what the API said" compares it with the response the page rendered.
 */
export function recordResults<T>(page: Page, suffix: string): T[] {
  const results: T[] = [];
  page.on('response', (response) => {
    if (!response.ok() || !new URL(response.url()).pathname.endsWith(suffix)) return;
    void response
      .json()
      .then((body: { result: T }) => results.push(body.result))
      .catch(() => undefined);
  });
  return results;
}
