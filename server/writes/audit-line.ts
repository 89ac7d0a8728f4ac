import type { WriteTarget } from './write-target.ts';

/** What one audit line says about a write: no body content (params and payloads may be personal data). */
export interface AuditEntry {
  method: string;
  /** The checked upstream path, or the raw path when it was refused before being checked. */
  path: string;
  target?: WriteTarget;
  /** For status changes: pause, resume, terminate, restart (with `rollback` / `from`). */
  detail?: string;
  /** Instance ids of a batch (as sent; `(new)` for an id the API will choose). */
  ids?: readonly string[];
  status: number;
  /** Set when the server refused the write itself (nothing went upstream). */
  refused?: string;
}

/**
 * One line per write, e.g. `audit write pause workflow=orders instance=order-1 -> 200` or
 * `audit write refused PATCH /accounts/…/status -> 415 (…)`. Values are the checked path parameters (they
 * match ^[a-zA-Z0-9_][a-zA-Z0-9-_]*$); anything else is JSON-quoted, so a line cannot be split or forged.
 */
export function auditLine(entry: AuditEntry): string {
  const { target } = entry;
  if (!target) return refusedLine(entry);
  const parts = ['audit write', entry.detail ?? target.action, `workflow=${target.workflow}`];
  if (target.instance !== undefined) parts.push(`instance=${target.instance}`);
  if (target.eventType !== undefined) parts.push(`event=${target.eventType}`);
  if (entry.ids) parts.push(`instances=${entry.ids.length}`, `ids=${JSON.stringify(entry.ids.join(','))}`);
  parts.push(`-> ${entry.status}`);
  if (entry.refused !== undefined) parts.push(`refused: ${JSON.stringify(entry.refused)}`);
  return parts.join(' ');
}

function refusedLine(entry: AuditEntry): string {
  return `audit write ${entry.method} ${JSON.stringify(entry.path)} -> ${entry.status} refused: ${JSON.stringify(entry.refused ?? '')}`;
}

/** The status change named in a line: `terminate+rollback`, `restart from=charge-card#2 (do)`. */
export function statusDetail(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('status' in body)) return undefined;
  const { status, rollback, from } = body as {
    status: string;
    rollback?: boolean;
    from?: { name: string; count?: number; type?: string };
  };
  if (status === 'terminate' && rollback) return 'terminate+rollback';
  if (status === 'restart' && from) {
    return `restart from=${JSON.stringify(`${from.name}#${from.count ?? 1} (${from.type ?? 'do'})`)}`;
  }
  return status;
}

/** Instance ids a batch names. */
export function batchIds(body: unknown): string[] | undefined {
  if (Array.isArray(body)) {
    return body.map((item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      'instance_id' in item &&
      typeof item.instance_id === 'string'
        ? item.instance_id
        : '(new)',
    );
  }
  if (typeof body === 'object' && body !== null && 'instances' in body && Array.isArray(body.instances)) {
    return body.instances.map(String);
  }
  return undefined;
}

/** The audit line of a write the request guard refused (foreign Origin or Host, missing password). */
export function guardAuditLine(method: string, path: string, status: number): string | undefined {
  if (method === 'GET' || method === 'HEAD' || !path.startsWith('/api/client/v4')) return undefined;
  return refusedLine({
    method,
    path,
    status,
    refused: 'refused by the request guard (Host, Origin or password)',
  });
}
