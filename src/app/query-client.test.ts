import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { retryDelay, shouldRetry } from './query-client.ts';

describe('query retry policy', () => {
  it('retries rate-limited requests after their wait', () => {
    const error = new ApiError('rate-limited', 'slow down', { status: 429, retryAfterMs: 7000 });
    expect(shouldRetry(0, error)).toBe(true);
    expect(retryDelay(1, error)).toBe(7000);
  });

  it('retries an unreachable server once', () => {
    const network = new ApiError('network', 'gone');
    expect(shouldRetry(0, network)).toBe(true);
    expect(shouldRetry(1, network)).toBe(false);
  });

  it('leaves upstream 5xx to the server, which already retried them for every tab', () => {
    expect(shouldRetry(0, new ApiError('http', 'boom', { status: 502 }))).toBe(false);
    expect(shouldRetry(0, new ApiError('http', 'timeout', { status: 504 }))).toBe(false);
  });

  it('never retries a 4xx or a malformed response', () => {
    expect(shouldRetry(0, new ApiError('http', 'Instance not found.', { status: 404 }))).toBe(false);
    expect(shouldRetry(0, new ApiError('malformed', 'bad'))).toBe(false);
    expect(shouldRetry(0, new Error('other'))).toBe(false);
  });
});
