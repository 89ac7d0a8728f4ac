import { z } from 'zod/mini';
import { envelopeSchema } from './envelope.ts';

/**
 * The Workflows API's writes. Lenient like the reads: only what the dashboard shows is required.
 * `from.name` is a step's name without its counter suffix (`charge-card`, not `charge-card-2`), `count` that
 * suffix (1 when absent), `type` the kind of step (`do` when absent).
 */
export type RestartFrom = { name: string; count?: number; type?: 'do' | 'sleep' | 'waitForEvent' };
export type StatusChange =
  | { status: 'pause' }
  | { status: 'resume' }
  | { status: 'terminate'; rollback?: boolean }
  | { status: 'restart'; from?: RestartFrom };

/** PATCH …/status answers the status right after the change (a pause may still be `waitingForPause`). */
export const statusChangeResponseSchema = envelopeSchema(
  z.looseObject({ status: z.string(), timestamp: z.optional(z.string()) }),
);

/** An event's type, as the API accepts it in the path. */
export const EVENT_TYPE_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9-_]*$/;
/** The largest event payload the API accepts (1 MiB of JSON). */
export const MAX_EVENT_BYTES = 1024 * 1024;
export const sendEventResponseSchema = envelopeSchema(z.unknown());

export const createdInstanceSchema = z.looseObject({
  id: z.string(),
  status: z.optional(z.string()),
  version_id: z.optional(z.string()),
});
export type CreatedInstance = z.infer<typeof createdInstanceSchema>;
export const createInstanceResponseSchema = envelopeSchema(createdInstanceSchema);
export const createInstancesBatchResponseSchema = envelopeSchema(z.array(createdInstanceSchema));

export const deleteInstanceResponseSchema = envelopeSchema(z.unknown());
/** The batch endpoints take at most this many instances per request. */
export const MAX_BATCH = 100;
export const batchDeleteResponseSchema = envelopeSchema(
  z.looseObject({
    deleted: z._default(z.array(z.looseObject({ id: z.string() })), []),
    errors: z._default(
      z.array(z.looseObject({ id: z.string(), code: z.optional(z.number()), message: z.string() })),
      [],
    ),
  }),
);
export type BatchDeleteResult = z.infer<typeof batchDeleteResponseSchema>['result'];
