/**
 * Plain-string search params: `?q=123` stays the string "123" and `status=errored,terminated` stays readable,
 * instead of TanStack Router's default JSON encoding. Validators receive strings only.
 */
export function parseSearch(searchStr: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}

/** Keeps non-empty string values; commas and colons (lists, ISO times) are left unescaped for readability. */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === 'string' && value !== '') params.set(key, value);
  }
  const text = params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  return text ? `?${text}` : '';
}
