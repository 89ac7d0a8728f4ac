/**
 * The structured parts of an error message that vary within one cause, each replaced by a named mask
 * (`<url>`, `<email>` …). Order matters: a URL may hold an email, an ISO time holds numbers, a path holds ids.
 */
export const MASK_NAMES = [
  'str',
  'url',
  'email',
  'uuid',
  'time',
  'ip',
  'amount',
  'duration',
  'size',
  'hex',
  'path',
  'id',
  'num',
] as const;
export type MaskName = (typeof MASK_NAMES)[number];

export const mask = (name: MaskName) => `<${name}>`;

const CURRENCY_CODES = 'USD|EUR|GBP|JPY|CAD|AUD|CHF|CNY|INR|BRL|MXN|SEK|NOK|DKK|PLN|NZD|SGD|HKD|ZAR';
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DAYS = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun';

interface Rule {
  name: MaskName;
  pattern: RegExp;
}

/** Applied in this order, each on the output of the one before. */
const RULES: Rule[] = [
  { name: 'url', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"<>`]+/gi },
  { name: 'email', pattern: /\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi },
  { name: 'uuid', pattern: /\b[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b/gi },
  {
    name: 'time',
    pattern: new RegExp(
      [
        // ISO 8601 / RFC 3339 date-times and dates
        String.raw`\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2}|\s?UTC)?)?`,
        // RFC 1123 / JS Date strings
        String.raw`\b(?:(?:${DAYS}),?\s+)?(?:\d{1,2}\s+(?:${MONTHS})|(?:${MONTHS})\s+\d{1,2})(?:,?\s+\d{4})?(?:\s+\d{2}:\d{2}(?::\d{2})?)?(?:\s+(?:GMT|UTC)(?:[+-]\d{4})?(?:\s+\([^)]*\))?)?`,
        // clock times
        String.raw`\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?[AP]M)?\b`,
        // epoch seconds or milliseconds (2001..2286)
        String.raw`\b1\d{9}(?:\d{3})?\b`,
      ].join('|'),
      'g',
    ),
  },
  {
    name: 'ip',
    pattern:
      /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?(?![\w.])|(?<![\w:])\[?(?:[0-9a-f]{1,4}:){2,7}(?::?[0-9a-f]{1,4}){1,7}\]?(?::\d{1,5})?(?![\w:])|(?<![\w:])::1\b/gi,
  },
  {
    name: 'amount',
    pattern: new RegExp(
      String.raw`[$€£¥]\s?-?\d[\d,]*(?:\.\d+)?|\b(?:${CURRENCY_CODES})\s?-?\d[\d,]*(?:\.\d+)?\b|-?\b\d[\d,]*(?:\.\d+)?\s?(?:${CURRENCY_CODES})\b`,
      'gi',
    ),
  },
  {
    name: 'duration',
    pattern:
      /(?<![\w.])\d+(?:\.\d+)?\s?(?:ns|µs|us|ms|s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)(?![\w])/gi,
  },
  { name: 'size', pattern: /(?<![\w.])\d+(?:\.\d+)?\s?(?:B|KB|MB|GB|TB|KiB|MiB|GiB|bytes?)(?![\w])/g },
  { name: 'hex', pattern: /\b0x[0-9a-f]+\b/gi },
  {
    name: 'path',
    // Absolute, relative or Windows paths, and object keys with at least two slashes or a file extension.
    pattern:
      /(?<![\w<])(?:[a-z]:\\[^\s'"]+|~?\.{0,2}\/[^\s'",;()<>]+|[\w.@%+-]+(?:\/[\w.@%+=-]+){2,}\/?|[\w.@%+-]+\/[\w.@%+=-]*\.[a-z0-9]{1,5}\b)/gi,
  },
];

/** Applies every structured mask to a message (quoted text has been handled before). */
export function applyMasks(message: string): string {
  let out = message;
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (match) => {
      // A URL or path ends before trailing punctuation of the sentence.
      const trail = /[.,;:)\]]+$/.exec(match)?.[0] ?? '';
      if (
        rule.name === 'path' &&
        !/\d|\/.*\/|\.[a-z0-9]{1,5}$|^[~.]?\.?\//i.test(match.slice(0, match.length - trail.length))
      )
        return match;
      return `${mask(rule.name)}${rule.name === 'url' || rule.name === 'path' ? trail : ''}`;
    });
  }
  return out;
}
