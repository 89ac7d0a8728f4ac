import { resolveEndpoint } from './mirror-params.ts';
import type { ParamProblem, QueryRules } from './query-rules.ts';

/** The result of checking a path below /api/client/v4 against the mirror's allow-list. */
export type MirrorPath =
  | {
      kind: 'workflows';
      accountId: string;
      /** The endpoint's name in mirror-params.ts (e.g. `getInstance`, `status`, `event`). */
      endpoint: string;
      /** Canonical: every parameter checked, so it needs no escapes. */
      upstreamPath: string;
      query: QueryRules;
      required: readonly string[];
    }
  | { kind: 'bad'; reason: string }
  | { kind: 'bad-param'; problem: ParamProblem }
  | { kind: 'other-account'; accountId: string }
  | { kind: 'not-mirrored' };

export const MIRROR_PREFIX = '/api/client/v4';

/**
 * Classifies the raw (still percent-encoded) path after MIRROR_PREFIX. Tricks are refused before matching:
 * empty segments (`//`), dot segments (also encoded), encoded `/` or `\`, control characters and broken
 * escapes. Then the path must be an endpoint of the API reference with well-formed parameters; the
 * upstream path is rebuilt from the checked, decoded parameters, so what was checked is what is forwarded.
 */
export function classifyMirrorPath(rawPath: string, accountIds: readonly string[]): MirrorPath {
  if (rawPath === '' || rawPath === '/') return { kind: 'not-mirrored' };
  const segments = rawPath.slice(1).split('/');
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem) return { kind: 'bad', reason: problem };
  }
  // A trailing slash leaves one empty last segment; Cloudflare routes `/workflows/` like `/workflows`.
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  if (segments.some((segment) => segment === '')) return { kind: 'bad', reason: 'empty path segment (//)' };
  const [first, accountId, resource] = segments;
  if (first !== 'accounts' || accountId === undefined || resource !== 'workflows')
    return { kind: 'not-mirrored' };
  if (!accountIds.includes(accountId)) return { kind: 'other-account', accountId };
  const endpoint = resolveEndpoint(segments.slice(3).map((segment) => decodeURIComponent(segment)));
  if (endpoint.kind === 'unknown') return { kind: 'not-mirrored' };
  if (endpoint.kind === 'problem') return { kind: 'bad-param', problem: endpoint.problem };
  return {
    kind: 'workflows',
    accountId,
    endpoint: endpoint.name,
    upstreamPath: `/accounts/${accountId}/workflows${endpoint.path}`,
    query: endpoint.query,
    required: endpoint.required,
  };
}

function segmentProblem(segment: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return 'malformed percent-encoding';
  }
  if (decoded === '.' || decoded === '..') return 'dot segment (. or ..)';
  if (/[/\\]/.test(decoded)) return 'encoded slash or backslash';
  if (decoded.includes('%')) return 'double percent-encoding';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects.
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return 'control character';
  return undefined;
}

/** Why a classified path is refused: status, the Cloudflare-style code's key and the message. */
export interface PathRefusal {
  status: 400 | 403 | 404;
  code: 'badPath' | 'invalidParameter' | 'noRoute' | 'accountNotAllowed';
  message: string;
}

/** The one wording of a path refusal, for reads (proxy.ts) and writes (writes/write-handler.ts) alike. */
export function mirrorPathRefusal(
  target: Exclude<MirrorPath, { kind: 'workflows' }>,
  rawPath: string,
): PathRefusal {
  switch (target.kind) {
    case 'bad':
      return { status: 400, code: 'badPath', message: `Refused path ${rawPath}: ${target.reason}` };
    case 'bad-param':
      return {
        status: 400,
        code: 'invalidParameter',
        message: `Invalid path parameter: ${target.problem.message}`,
      };
    case 'not-mirrored':
      return {
        status: 404,
        code: 'noRoute',
        message: `No route for ${rawPath || '/'}: this dashboard only mirrors the Workflows API (/accounts/{account_id}/workflows…)`,
      };
    case 'other-account':
      return {
        status: 403,
        code: 'accountNotAllowed',
        message: `Account ${target.accountId} is not one this dashboard may use (set CLOUDFLARE_ACCOUNT_ID to include it)`,
      };
  }
}
