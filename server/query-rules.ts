import { PER_PAGE_MAX } from '../contract/params.ts';

/** A parameter the mirror refuses, named as the API names it. */
export interface ParamProblem {
  where: 'path' | 'query';
  param: string;
  message: string;
}

/** A check of one decoded query value; returns what is wrong with it, or undefined. */
type Check = (value: string) => string | undefined;

const NAME = /^[a-zA-Z0-9_][a-zA-Z0-9-_]*$/;
/** Enum values by form only: a status or step type Cloudflare adds later (`rollingBack` did) still passes. */
const ENUM_WORD = /^[a-z][a-zA-Z]{0,31}$/;
/** ISO 8601 in UTC, without an offset other than Z / +00:00 ("Accepts ISO 8601 with no timezone offsets"). */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|\+00:00)?)?$/;
/** Printable ASCII: an opaque cursor is base64-like; anything else is not one Cloudflare issued. */
const PRINTABLE = /^[\u0021-\u007e]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects.
const CONTROL = /[\u0000-\u001f\u007f]/;

const integer =
  (min: number, max: number): Check =>
  (value) =>
    /^[1-9]\d{0,8}$/.test(value) && Number(value) >= min && Number(value) <= max
      ? undefined
      : `must be an integer from ${min} to ${max}`;

const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    allowed.includes(value) ? undefined : `must be one of ${allowed.join(', ')}`;

const RULES = {
  perPage: integer(1, PER_PAGE_MAX),
  page: integer(1, 100_000_000),
  attempt: integer(1, 100_000),
  search: (value) =>
    value.length <= 64 && NAME.test(value) ? undefined : 'must be 1-64 characters of a workflow name',
  cursor: (value) =>
    value.length <= 2048 && PRINTABLE.test(value) ? undefined : 'must be an opaque cursor the API returned',
  direction: oneOf('asc', 'desc'),
  boolean: oneOf('true', 'false'),
  status: (value) => (ENUM_WORD.test(value) ? undefined : 'must be a status word such as errored'),
  stepType: (value) => (ENUM_WORD.test(value) ? undefined : 'must be a step type such as step'),
  stepName: (value) =>
    value.length >= 1 && value.length <= 256 && !CONTROL.test(value)
      ? undefined
      : 'must be the step name from the instance log (1-256 characters)',
  date: (value) =>
    ISO_UTC.test(value) && !Number.isNaN(Date.parse(value.length === 10 ? value : withZone(value)))
      ? undefined
      : 'must be an ISO 8601 date-time in UTC, e.g. 2026-08-14T02:00:00Z',
} satisfies Record<string, Check>;

export type QueryRule = keyof typeof RULES;
export type QueryRules = Readonly<Record<string, QueryRule>>;

function withZone(value: string): string {
  return /(?:Z|\+00:00)$/.test(value) ? value : `${value}Z`;
}

/**
 * Checks a raw query string (`?a=1&b=2` or '') against an endpoint's parameters: unknown, repeated,
 * missing required and malformed parameters are refused, as are broken escapes and control characters.
 */
export function checkQuery(
  rawQuery: string,
  rules: QueryRules,
  required: readonly string[],
): ParamProblem | undefined {
  const text = rawQuery.startsWith('?') ? rawQuery.slice(1) : rawQuery;
  const seen = new Set<string>();
  for (const pair of text === '' ? [] : text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const name = decodeComponent(rawName);
    const value = decodeComponent(equals === -1 ? '' : pair.slice(equals + 1));
    if (name === undefined || value === undefined || CONTROL.test(name)) {
      return query(shortName(rawName), 'is not valid percent-encoding');
    }
    if (!Object.hasOwn(rules, name)) {
      const known = Object.keys(rules);
      return query(
        shortName(name),
        `is not a parameter of this endpoint (${known.length ? `known: ${known.join(', ')}` : 'it takes none'})`,
      );
    }
    if (seen.has(name)) return query(name, 'is given more than once');
    seen.add(name);
    const rule = rules[name] as QueryRule;
    const wrong = CONTROL.test(value) ? 'must not contain control characters' : RULES[rule](value);
    if (wrong) return query(name, `${wrong}, got ${quoted(value)}`);
  }
  const missing = required.find((name) => !seen.has(name));
  return missing ? query(missing, 'is required') : undefined;
}

/** Query decoding as servers do it: `+` is a space, then percent-escapes; undefined if an escape is broken. */
function decodeComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

function query(param: string, message: string): ParamProblem {
  return { where: 'query', param, message: `${param} ${message}` };
}

/**
 * A refused value, quoted, when short enough to recognise; a long one only by its length. Never cut:
 * a cut could leave part of a credential that the scrubber, which matches whole secrets, would miss.
 */
export function quoted(value: string): string {
  return value.length > 100 ? `a value of ${value.length} characters` : `"${value}"`;
}

function shortName(name: string): string {
  return name.length > 100 ? `(a ${name.length}-character name)` : name;
}
