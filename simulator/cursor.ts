/**
 * Opaque cursor of list-instances: base64url of the (created_on ms, id) key of the last row returned and
 * the direction it was read in. Anchoring on the key, not an offset, keeps pages exact while instances arrive.
 */
export interface CursorKey {
  created: number;
  id: string;
  direction: 'asc' | 'desc';
}

export function encodeCursor(key: CursorKey): string {
  const json = JSON.stringify([key.created, key.id, key.direction]);
  return btoa(json).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeCursor(token: string): CursorKey | null {
  try {
    const json = atob(token.replaceAll('-', '+').replaceAll('_', '/'));
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [created, id, direction] = value as unknown[];
    if (typeof created !== 'number' || typeof id !== 'string') return null;
    if (direction !== 'asc' && direction !== 'desc') return null;
    return { created, id, direction };
  } catch {
    return null;
  }
}

/** First index whose (created, id) is greater than the key; columns sorted by (created, id). */
export function indexAfter(
  created: Float64Array,
  ids: readonly string[],
  key: { created: number; id: string },
): number {
  let lo = 0;
  let hi = created.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = created[mid] ?? 0;
    const greater = c > key.created || (c === key.created && (ids[mid] ?? '') > key.id);
    if (greater) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index with created > t (or >= t when `inclusive` is false). */
export function upperBound(created: Float64Array, t: number, strict = true): number {
  let lo = 0;
  let hi = created.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = created[mid] ?? 0;
    if (strict ? c <= t : c < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
