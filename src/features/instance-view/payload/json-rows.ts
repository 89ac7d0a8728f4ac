/**
 * The JSON viewer's rows, computed lazily: only the children of expanded nodes are enumerated, so a 1 MiB
 * payload opens as a handful of rows however large it is. Paths are arrays of keys and indices.
 */
export type JsonPath = readonly (string | number)[];

export interface JsonRow {
  path: JsonPath;
  /** Path as text, also the expansion key: `$.items[2].id`. */
  id: string;
  depth: number;
  /** The key or index shown before the value; null for the root. */
  label: string | null;
  value: unknown;
  /** Children count of an object or array; null for a primitive. */
  size: number | null;
  expanded: boolean;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function pathText(path: JsonPath): string {
  let out = '$';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += IDENTIFIER.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`;
  }
  return out;
}

function sizeOf(value: unknown): number | null {
  if (Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return null;
}

function children(value: unknown): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (value !== null && typeof value === 'object') return Object.entries(value);
  return [];
}

/** The rows a reader sees with `expanded` (path ids) open, depth first. */
export function visibleJsonRows(root: unknown, expanded: ReadonlySet<string>): JsonRow[] {
  const rows: JsonRow[] = [];
  const walk = (value: unknown, path: JsonPath, label: string | null) => {
    const id = pathText(path);
    const size = sizeOf(value);
    const open = size !== null && expanded.has(id);
    rows.push({ path, id, depth: path.length, label, value, size, expanded: open });
    if (!open) return;
    for (const [key, child] of children(value)) walk(child, [...path, key], String(key));
  };
  walk(root, [], null);
  return rows;
}

/** One line of a value: primitives as JSON, containers as a count. */
export function previewOf(value: unknown, size: number | null): string {
  if (Array.isArray(value)) return `[${size} ${size === 1 ? 'item' : 'items'}]`;
  if (size !== null) return `{${size} ${size === 1 ? 'key' : 'keys'}}`;
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Paths (ids) of every key or primitive value containing `q`, case-insensitively, up to `limit`. */
export function searchJson(root: unknown, q: string, limit = 500): string[][] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  const hits: string[][] = [];
  const walk = (value: unknown, path: JsonPath, ancestors: string[]) => {
    if (hits.length >= limit) return;
    const id = pathText(path);
    const key = path.at(-1);
    const own =
      (key !== undefined && String(key).toLowerCase().includes(needle)) ||
      (sizeOf(value) === null && String(value).toLowerCase().includes(needle));
    if (own) hits.push([...ancestors, id]);
    for (const [k, child] of children(value)) walk(child, [...path, k], [...ancestors, id]);
  };
  walk(root, [], []);
  return hits;
}

/** Strings that hold JSON (step outputs often do) are shown parsed. */
export function parsedPayload(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const first = value.trimStart()[0];
  if (first !== '{' && first !== '[') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const part of path) value = (value as Record<string | number, unknown> | null)?.[part];
  return value;
}

/** Ids of every container down to `depth` levels: how a small payload opens. */
export function openedTo(root: unknown, depth: number): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown, path: JsonPath) => {
    if (sizeOf(value) === null || path.length >= depth) return;
    out.add(pathText(path));
    for (const [key, child] of children(value)) walk(child, [...path, key]);
  };
  walk(root, []);
  return out;
}
