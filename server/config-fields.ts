import { z } from 'zod';

/** An env value; empty or blank counts as unset (as `FOO=` in a .env file means). */
export const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** An integer env value within [min, max], with a message naming the variable and the bad value. */
export function numberIn(name: string, what: string, min: number, max: number, fallback: number) {
  return optionalText.transform((value, ctx) => {
    if (value === undefined) return fallback;
    const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isSafeInteger(number) && number >= min && number <= max) return number;
    ctx.addIssue({ code: 'custom', message: `${name} must be ${what}, got '${value}'` });
    return z.NEVER;
  });
}

/** An http(s) URL without a trailing slash. */
export function urlText(name: string, fallback: string) {
  return optionalText.transform((value, ctx) => {
    if (value === undefined) return fallback;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash) {
      return url.href.replace(/\/+$/, '');
    }
    ctx.addIssue({ code: 'custom', message: `${name} must be an http(s) URL, got '${value}'` });
    return z.NEVER;
  });
}
