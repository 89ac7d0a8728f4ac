import type { MiddlewareHandler } from 'hono';
import { API_ERROR, apiError } from './api-error.ts';

/** Longest request URL accepted; the app's longest URLs (a cursor and two dates) are well under 1 KiB. */
export const MAX_URL_BYTES = 8 * 1024;
/**
 * Largest total of request header names and values. Node refuses at 16 KiB with a bare 431; this refuses
 * a little earlier with an envelope that says why (localhost cookies of other apps count too).
 */
export const MAX_HEADER_BYTES = 12 * 1024;

/** Refuses oversized URLs (414) and headers (431) before anything else looks at the request. */
export const requestLimits: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  const target = pathStart === -1 ? '/' : url.slice(pathStart);
  if (target.length > MAX_URL_BYTES) {
    return apiError(
      414,
      API_ERROR.uriTooLong,
      `Request URL is ${target.length} bytes long; the dashboard accepts at most ${MAX_URL_BYTES}`,
    );
  }
  let size = 0;
  for (const [name, value] of c.req.raw.headers) size += name.length + value.length + 4;
  if (size > MAX_HEADER_BYTES) {
    return apiError(
      431,
      API_ERROR.headersTooLarge,
      `Request headers total ${size} bytes; the dashboard accepts at most ${MAX_HEADER_BYTES} (too many cookies for this host?)`,
    );
  }
  await next();
};
