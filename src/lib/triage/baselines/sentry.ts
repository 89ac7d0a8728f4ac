/**
 * A port of Sentry's message parameterisation (getsentry/sentry `src/sentry/grouping/parameterization.py`,
 * triage-anchors.md §1): one pass of named regexes in Sentry's order, each match replaced by `<name>`; the
 * group is the hash of the exception type and the parameterised value (first two non-empty lines).
 */
const TLDS = 'com|org|net|io|dev|app|co|us|uk|de|fr|jp|cn|ru|br|in|info|biz|edu|gov|cloud|ai|sh|me|tv';

const PATTERNS: [string, string][] = [
  ['email', String.raw`[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}`],
  ['url', String.raw`\b(?:wss?|https?|ftp):\/\/[^\s/$.?#].[^\s]*`],
  ['hostname', String.raw`\b(?:[a-zA-Z0-9-]+\.)+(?:${TLDS})\b`],
  [
    'ip',
    String.raw`(?<![\w:])(?:\d{1,3}\.){3}\d{1,3}\b|(?<![\w:])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\b`,
  ],
  ['uuid', String.raw`\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b`],
  ['sha1', String.raw`\b[0-9a-fA-F]{40}\b`],
  ['md5', String.raw`\b[0-9a-fA-F]{32}\b`],
  [
    'date',
    String.raw`\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s\d{1,2}\s\w{3}\s\d{4}\s\d{2}:\d{2}:\d{2}\s(?:GMT|[+-]\d{4})|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\b`,
  ],
  ['duration', String.raw`\b\d+ms\b|\b\d+(?:\.\d+)?s\b`],
  [
    'hex',
    String.raw`\b0[xX][0-9a-fA-F]+\b|\b(?=[0-9a-f]*\d)[0-9a-f]{8,128}\b|\b(?=[0-9A-F]*\d)[0-9A-F]{8,128}\b`,
  ],
  ['float', String.raw`-\d+\.\d+\b|\b\d+\.\d+\b`],
  ['int', String.raw`-\d{1,7}\b|\b\d{1,7}\b`],
  ['quoted_str', `(?<==)'[^']+'|(?<==)"[^"]+"`],
  ['bool', String.raw`(?<==)(?:true|false)\b`],
];

const COMBINED = new RegExp(PATTERNS.map(([name, source]) => `(?<${name}>${source})`).join('|'), 'g');

export function sentryParameterize(message: string): string {
  const head = message
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 2)
    .join('\n');
  return head.replace(COMBINED, (...args) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    const name = Object.keys(groups).find((key) => groups[key] !== undefined) ?? 'param';
    return `<${name}>`;
  });
}
