import type { APIRequestContext } from '@playwright/test';

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
