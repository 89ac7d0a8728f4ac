/**
 * A route's search params, cleaned leniently (PRODUCT.md "Shareable URLs"): every value the view cannot use
 * is dropped and reported, so a pasted link with a bad value still opens a view, and says what it ignored.
 */

/** A URL value the view ignored, for the notice ("Ignored status 'bogus' from the link"). */
export interface DroppedValue {
  param: string;
  value: string;
  reason: string;
}

export interface CleanedSearch<S> {
  /** The valid values, canonical, with defaults left out: what the address bar should say. */
  search: S;
  dropped: DroppedValue[];
}

/** What a route declares of its search params: the router validates with it and the link notice reads it. */
export interface SearchCodec<S> {
  clean(raw: Record<string, unknown>): CleanedSearch<S>;
}

/** Describes a dropped value for the notice. */
export function describeDropped(value: DroppedValue): string {
  return `Ignored ${value.param} '${value.value}' from the link (${value.reason}).`;
}

/**
 * A route's `validateSearch` from its codec. Every key of the route is present in the result (undefined when
 * absent or dropped): the router lays the validated params over the raw ones when it writes the address
 * back, and an explicit undefined is what takes a dropped value out of it.
 */
export function lenientValidator<K extends string, S extends Partial<Record<K, string>>>(
  codec: SearchCodec<S>,
  keys: readonly K[],
): (raw: Record<string, unknown>) => S {
  return (raw) => {
    const absent = Object.fromEntries(keys.map((key) => [key, undefined]));
    return { ...absent, ...codec.clean(raw).search };
  };
}

/** The params named in `keys` that are non-empty strings (unknown params are left out silently). */
export function pickStrings<K extends string>(
  raw: Record<string, unknown>,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  return out;
}
