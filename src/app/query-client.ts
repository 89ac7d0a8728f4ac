import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';

const MAX_RATE_LIMIT_RETRIES = 3;

/**
 * Rate-limited requests are retried after the wait Cloudflare asked for; a lost connection once. An
 * upstream 5xx is not: the server already retried it (with backoff, for every tab at once), so asking
 * again from here would only multiply requests. A 4xx or an unreadable response never (asking again gives
 * the same answer); each view offers Try again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  switch (error.kind) {
    case 'rate-limited':
      return failureCount < MAX_RATE_LIMIT_RETRIES;
    case 'network':
      return failureCount < 1;
    default:
      return false;
  }
}

export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== undefined) return error.retryAfterMs;
  return Math.min(1000 * 2 ** failureCount, 10_000);
}

export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Counts and lists are fresh enough for 30 s; live instances set their own refetch interval.
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}
