import { queryOptions, useQuery } from '@tanstack/react-query';
import { type Meta, metaSchema } from '../../contract/meta.ts';
import { ApiError } from './client.ts';
import { connection } from './connection.ts';

/** `/api/meta` sits beside the mirrored API (not under /api/client/v4) and has no envelope. */
export async function getMeta(signal?: AbortSignal): Promise<Meta> {
  let response: Response;
  try {
    response = await fetch('/api/meta', { headers: { accept: 'application/json' }, signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    connection.lost();
    throw new ApiError('network', 'Could not reach the dashboard server. Is it still running?', { cause });
  }
  connection.reached();
  if (!response.ok) {
    throw new ApiError('http', `The dashboard server answered ${response.status} for its settings.`, {
      status: response.status,
    });
  }
  const parsed = metaSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiError('malformed', 'The dashboard server sent settings it cannot read (/api/meta).', {
      status: response.status,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

export function metaQueryOptions() {
  return queryOptions({
    queryKey: ['meta'] as const,
    queryFn: ({ signal }) => getMeta(signal),
    // The server's mode and accounts change only on restart.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useMeta() {
  return useQuery(metaQueryOptions());
}
