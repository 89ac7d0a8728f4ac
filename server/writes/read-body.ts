/** A body read whole, or how far it went past the limit (its declared length, or the bytes read so far). */
export type BodyRead =
  | { kind: 'ok'; text: string }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-utf8' };

/**
 * Reads at most `max` bytes of the body. A Content-Length over the limit is refused before reading; a
 * chunked body stops being read (and is cancelled) as soon as it passes the limit.
 */
export async function readBounded(request: Request, max: number): Promise<BodyRead> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > max) {
    await request.body?.cancel().catch(() => {});
    return { kind: 'too-large', bytes: declared };
  }
  if (!request.body) return { kind: 'ok', text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return { kind: 'too-large', bytes: size };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { kind: 'ok', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'not-utf8' };
  }
}

/** `application/json`, with or without parameters (charset); any other media type is not JSON to us. */
export function isJsonContentType(value: string | null): boolean {
  if (value === null) return false;
  return value.split(';')[0]?.trim().toLowerCase() === 'application/json';
}
