/**
 * Whether one word of a message varies between failures of one cause (an id, a number) or names the cause
 * (a categorical word, an HTTP status, a code name). Used on the words left after the structured masks.
 */

/** HTTP statuses that are causes in their own right (an upstream 429 and 503 are two causes). */
const STATUS_CONTEXT =
  /^(https?|http\/[\d.]+|status|statuscode|status_code|code|responded|returned|response|received|got|upstream|with|error|answered|replied)[:=]?$/i;
/** Words before a number that make it a quantity, never a status. */
const QUANTITY_CONTEXT =
  /^(after|of|limit|than|retry|retries|attempt|attempts|line|column|col|position|pos|page|size|max|min|top|first|last|to|from|at|offset|count|index|row|rows|items?|batch|took|over|under|exceeds?|remaining|used|only|id|#)$/i;
/** The status codes HTTP defines (IANA registry) and Cloudflare's 52x: a 384 is a count, never a status. */
const HTTP_STATUSES = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307,
  308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421,
  422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511, 520,
  521, 522, 523, 524, 525, 526, 527, 530,
]);
const COMMON_STATUSES = new Set([
  400, 401, 402, 403, 404, 405, 408, 409, 410, 412, 413, 415, 422, 429, 500, 501, 502, 503, 504, 520, 521,
  522, 523, 524,
]);
const REASON_AFTER =
  /^\s*\(?(too many|not found|internal|bad gateway|bad request|service unavailable|gateway|unauthori[sz]ed|forbidden|conflict|unprocessable|payment required|request timeout|gone|precondition|payload too large)/i;
/** Names whose hyphenated number is a version or size of a standard, not a counter. */
const STANDARD_NAMES =
  /^(utf|ucs|iso|sha|aes|rsa|ecdsa|base|latin|windows|cp|ipv|http|tls|ssl|md|crc|ed|x)$/i;
/** Key sizes and widths that name an algorithm (sha-256, aes-128), not a value. */
const ALGORITHM_SIZES = new Set(['128', '192', '224', '256', '384', '512']);

export interface WordContext {
  previous: string;
  after: string;
}

/** A number is kept only when it is an HTTP status in a status context; otherwise it varies. */
export function keepsNumber(word: string, context: WordContext): boolean {
  if (!/^\d{3}$/.test(word)) return false;
  const code = Number(word);
  if (!HTTP_STATUSES.has(code)) return false;
  if (STATUS_CONTEXT.test(context.previous) || REASON_AFTER.test(context.after)) return true;
  return COMMON_STATUSES.has(code) && !QUANTITY_CONTEXT.test(context.previous);
}

const HEX_RUN = /^[0-9a-f]{8,}$|^[0-9A-F]{8,}$/;

/** One segment of a word (split at `_ - . :`) that looks generated rather than written. */
function isRandomSegment(segment: string): boolean {
  if (segment === '') return false;
  if (/^\d+$/.test(segment)) return segment.length >= 3 && !ALGORITHM_SIZES.has(segment);
  if (HEX_RUN.test(segment) && /\d/.test(segment)) return true;
  if (/^[a-f]{8,}$/i.test(segment) && segment.length >= 10) return true;
  const hasDigit = /\d/.test(segment);
  const hasLetter = /[a-z]/i.test(segment);
  if (hasDigit && hasLetter) {
    // A word with a small version or size (http2, utf8, ipv4, sha256, 2xx, 4k) names something.
    if (/^[a-z]{2,}\d{1,3}$/i.test(segment) || /^\d{1,2}[a-z]{1,3}$/i.test(segment)) return false;
    return segment.length >= 4;
  }
  // Long mixed-case runs without vowels in places, e.g. base62 tokens: many case switches.
  if (hasLetter && segment.length >= 16) {
    const switches = segment.match(/[a-z][A-Z]/g)?.length ?? 0;
    return switches >= 4 && !/^[A-Z]?[a-z]+(?:[A-Z][a-z]+)+$/.test(segment);
  }
  return false;
}

/** `cus_N3x9KqPl2abcDe`, `ord_dd899`, `app_hJEPYGJoDM`: a short prefix and a generated suffix. */
const PREFIXED_ID = /^[A-Za-z]{2,12}[_-]([A-Za-z0-9]{5,})$/;
/** A host name: its labels with digits are replicas or generated (`mx2.mail.example.com`). */
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/** A word (letters, digits, `_ - . : # @ +`) varies when any of its segments looks generated. */
export function isVariableWord(word: string): boolean {
  const core = word.replace(/^[#@+]+/, '');
  if (/^[+-]?\d[\d,]*(\.\d+)?$/.test(core)) return true;
  const suffix = PREFIXED_ID.exec(core)?.[1];
  if (suffix && (/\d/.test(suffix) || (/[a-z]/.test(suffix) && /[A-Z].*[A-Z]/.test(suffix.slice(1)))))
    return true;
  if (HOST.test(core) && /\d/.test(core) && core.split('.').length >= 3) return true;
  // A counter after a hyphen (`release-32`, `shard-4`) varies; a version of a standard (`utf-8`) does not.
  const counter = /(?:^|[_.:])([a-z]{3,})(?:-[a-z]+)*-\d+$/i.exec(core);
  if (counter && !STANDARD_NAMES.test(counter[1] ?? '')) return true;
  return core.split(/[_\-.:]+/).some(isRandomSegment);
}
