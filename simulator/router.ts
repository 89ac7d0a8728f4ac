import type { Account } from './account.ts';
import { ApiFailure, failureResponse, routeNotFound } from './errors.ts';
import { getStep, getVersion, listVersions, listWorkflows, workflowObject } from './handlers.ts';
import { instanceResponse } from './instance-body-cache.ts';
import { listInstances } from './list-instances.ts';

export interface RouterContext {
  account: Account;
  accountId: string;
  accountName: string;
  now: () => number;
}

const VERIFIED_TOKEN_ID = 'f267e341f3dd4697bd3b9f71dd96247f';

function ok(result: unknown, resultInfo?: object): Response {
  return Response.json({
    success: true,
    errors: [],
    messages: [],
    result,
    ...(resultInfo ? { result_info: resultInfo } : {}),
  });
}

/** Answers one request; `path` is the part after /client/v4. */
export function route(ctx: RouterContext, method: string, path: string, query: URLSearchParams): Response {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const fullPath = `/client/v4${path}`;
  const handler = resolve(ctx, parts, query);
  if (!handler) return routeNotFound(fullPath);
  if (method !== 'GET' && method !== 'HEAD') return failureResponse('methodNotAllowed');
  try {
    return handler();
  } catch (error) {
    if (error instanceof ApiFailure) return failureResponse(error.kind, error.detail);
    return failureResponse('internal');
  }
}

function resolve(ctx: RouterContext, parts: string[], query: URLSearchParams): (() => Response) | null {
  const [root, accountId, collection, name, sub, id, leaf, ...rest] = parts;
  if (root === 'user' && accountId === 'tokens' && collection === 'verify' && parts.length === 3) {
    return () => ok({ id: VERIFIED_TOKEN_ID, status: 'active' });
  }
  if (root !== 'accounts' || accountId !== ctx.accountId || rest.length > 0) return null;
  const t = () => ctx.now();
  if (collection === undefined) return () => ok({ id: ctx.accountId, name: ctx.accountName });
  if (collection !== 'workflows') return null;
  if (name === undefined) {
    return () => {
      const page = listWorkflows(ctx.account, query, t());
      return ok(page.result, page.info);
    };
  }
  const found = () => {
    const store = ctx.account.stores.get(name);
    if (!store) throw new ApiFailure(sub === undefined ? 'workflowNotFound' : 'workflowNameNotFound');
    return store;
  };
  if (sub === undefined) return () => ok(workflowObject(ctx.account, found(), t()));
  if (sub === 'instances') {
    if (id === undefined) {
      return () => {
        const { result, info } = listInstances(ctx.account, found(), query, t());
        return ok(result, info);
      };
    }
    if (leaf === undefined) return () => instanceResponse(found(), id, query, t());
    if (leaf === 'step') return () => ok(getStep(found(), id, query, t()));
    return null;
  }
  if (sub === 'versions' && leaf === undefined) {
    if (id === undefined) {
      return () => {
        const page = listVersions(found(), query);
        return ok(page.result, page.info);
      };
    }
    return () => ok(getVersion(found(), id));
  }
  return null;
}
