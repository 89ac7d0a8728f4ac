import { INSTANCE_ID_MAX, WORKFLOW_NAME_MAX, WORKFLOW_NAME_PATTERN } from '../contract/params.ts';
import { type ParamProblem, type QueryRules, quoted } from './query-rules.ts';

/** The endpoint a request below /accounts/{id}/workflows addresses, with its canonical upstream path. */
export type MirrorEndpoint =
  | { kind: 'endpoint'; name: string; path: string; query: QueryRules; required: readonly string[] }
  | { kind: 'problem'; problem: ParamProblem }
  | { kind: 'unknown' };

const EVENT_TYPE_MAX = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const PAGE_QUERY: QueryRules = { per_page: 'perPage', page: 'page' };
/** Query parameters per endpoint, from the API reference (cloudflare-workflows-api.md). */
const QUERY = {
  listWorkflows: { ...PAGE_QUERY, search: 'search' },
  listInstances: {
    ...PAGE_QUERY,
    cursor: 'cursor',
    direction: 'direction',
    status: 'status',
    date_start: 'date',
    date_end: 'date',
  },
  getInstance: { simple: 'boolean', order: 'direction' },
  step: { name: 'stepName', type: 'stepType', attempt: 'attempt' },
  none: {},
} satisfies Record<string, QueryRules>;

/** Required query parameters (only /step has any). */
const REQUIRED: Record<string, readonly string[]> = { step: ['name', 'type'] };

/**
 * Resolves the decoded segments after `workflows` to an endpoint of the API reference, checking every path
 * parameter's shape. Paths the API does not have are `unknown` (404 without asking upstream).
 */
export function resolveEndpoint(segments: readonly string[]): MirrorEndpoint {
  const [name, collection, id, leaf, extra, ...rest] = segments;
  if (rest.length > 0) return { kind: 'unknown' };
  if (name === undefined) return endpoint('listWorkflows', [], QUERY.listWorkflows);
  const nameProblem = identifierProblem('workflow_name', name, WORKFLOW_NAME_MAX);
  if (nameProblem) return { kind: 'problem', problem: nameProblem };
  if (collection === undefined) return endpoint('workflow', [name], QUERY.none);
  if (collection === 'instances') {
    if (id === undefined) return endpoint('listInstances', [name, collection], QUERY.listInstances);
    const idProblem = identifierProblem('instance_id', id, INSTANCE_ID_MAX);
    if (idProblem) return { kind: 'problem', problem: idProblem };
    const base = [name, collection, id];
    if (leaf === undefined) return endpoint('getInstance', base, QUERY.getInstance);
    // POST only (the write guard allows no other method on it); batch/terminate is not offered.
    if (id === 'batch' && leaf === 'delete' && extra === undefined) {
      return endpoint('batchDelete', [...base, leaf], QUERY.none);
    }
    if (leaf === 'step' && extra === undefined) return endpoint('step', [...base, leaf], QUERY.step);
    if (leaf === 'status' && extra === undefined) return endpoint('status', [...base, leaf], QUERY.none);
    if (leaf === 'events' && extra !== undefined) {
      const eventProblem = identifierProblem('event_type', extra, EVENT_TYPE_MAX);
      if (eventProblem) return { kind: 'problem', problem: eventProblem };
      return endpoint('event', [...base, leaf, extra], QUERY.none);
    }
    return { kind: 'unknown' };
  }
  if (collection === 'versions' && extra === undefined) {
    if (id === undefined) return endpoint('listVersions', [name, collection], PAGE_QUERY);
    if (!UUID.test(id)) {
      return problem('path', 'version_id', `version_id must be a UUID, got ${quoted(id)}`);
    }
    if (leaf === undefined || leaf === 'dag' || leaf === 'graph') {
      return endpoint('version', [name, collection, id, ...(leaf ? [leaf] : [])], QUERY.none);
    }
  }
  return { kind: 'unknown' };
}

function endpoint(name: string, segments: readonly string[], query: QueryRules): MirrorEndpoint {
  const path = segments.length ? `/${segments.join('/')}` : '';
  return { kind: 'endpoint', name, path, query, required: REQUIRED[name] ?? [] };
}

function problem(where: ParamProblem['where'], param: string, message: string): MirrorEndpoint {
  return { kind: 'problem', problem: { where, param, message } };
}

/** Workflow names, instance ids and event types share the API's pattern; only the length differs. */
function identifierProblem(param: string, value: string, max: number): ParamProblem | undefined {
  if (value.length > max) {
    return { where: 'path', param, message: `${param} is ${value.length} characters long; at most ${max}` };
  }
  if (!WORKFLOW_NAME_PATTERN.test(value)) {
    return {
      where: 'path',
      param,
      message: `${param} must match ^[a-zA-Z0-9_][a-zA-Z0-9-_]*$, got ${quoted(value)}`,
    };
  }
  return undefined;
}
