import type { z } from 'zod';
import {
  batchCreateBody,
  batchDeleteBody,
  createBody,
  eventBody,
  MAX_PAYLOAD_BYTES,
  statusBody,
} from './write-bodies.ts';

export type WriteAction = 'status' | 'event' | 'create' | 'batchCreate' | 'delete' | 'batchDelete';

/** One allowed write, resolved from the method and the checked mirror path. */
export interface WriteTarget {
  action: WriteAction;
  workflow: string;
  instance?: string;
  eventType?: string;
  /** Largest body accepted, refused with 413 before reading further. */
  maxBodyBytes: number;
  /** The body's schema; undefined: the write takes no body (DELETE of one instance). */
  schema?: z.ZodType;
}

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * The writes the mirror forwards (issue 12), by method and endpoint. `batch/terminate` is left out on
 * purpose: it runs as an asynchronous job with no per-item result.
 */
const WRITES: readonly { method: string; endpoint: string; batch?: boolean; action: WriteAction }[] = [
  { method: 'PATCH', endpoint: 'status', action: 'status' },
  { method: 'POST', endpoint: 'event', action: 'event' },
  { method: 'POST', endpoint: 'listInstances', action: 'create' },
  { method: 'POST', endpoint: 'getInstance', batch: true, action: 'batchCreate' },
  { method: 'DELETE', endpoint: 'getInstance', batch: false, action: 'delete' },
  { method: 'POST', endpoint: 'batchDelete', action: 'batchDelete' },
];

/** Body limits: an event body is the payload (1 MiB); params may be a JSON string, escaped up to twice its size. */
const LIMITS: Record<WriteAction, { max: number; schema?: z.ZodType }> = {
  status: { max: 16 * KIB, schema: statusBody },
  event: { max: MAX_PAYLOAD_BYTES, schema: eventBody },
  create: { max: 2 * MAX_PAYLOAD_BYTES + 64 * KIB, schema: createBody },
  batchCreate: { max: 32 * MIB, schema: batchCreateBody },
  delete: { max: 0 },
  batchDelete: { max: 64 * KIB, schema: batchDeleteBody },
};

/** The write a request makes, or undefined when the method is not an allowed write on this endpoint. */
export function writeTarget(method: string, endpoint: string, upstreamPath: string): WriteTarget | undefined {
  // upstreamPath is canonical: /accounts/{account}/workflows/{name}/instances/{id}/{leaf}/{event type}
  const [, , , , workflow = '', , id, , eventType] = upstreamPath.split('/');
  const isBatch = id === 'batch';
  const write = WRITES.find(
    (w) => w.method === method && w.endpoint === endpoint && (w.batch === undefined || w.batch === isBatch),
  );
  if (!write) return undefined;
  const limits = LIMITS[write.action];
  const single = write.action === 'status' || write.action === 'event' || write.action === 'delete';
  return {
    action: write.action,
    workflow,
    ...(single && id !== undefined ? { instance: id } : {}),
    ...(write.action === 'event' && eventType !== undefined ? { eventType } : {}),
    maxBodyBytes: limits.max,
    ...(limits.schema ? { schema: limits.schema } : {}),
  };
}

/** What `Allow` lists for a path whose method is not an allowed write. */
export function allowedMethods(endpoint: string, upstreamPath: string): string {
  const isBatch = upstreamPath.endsWith('/instances/batch');
  const writes = WRITES.filter(
    (w) => w.endpoint === endpoint && (w.batch === undefined || w.batch === isBatch),
  );
  const reads = endpoint === 'batchDelete' || isBatch ? [] : ['GET'];
  return [...reads, ...writes.map((w) => w.method)].join(', ');
}
