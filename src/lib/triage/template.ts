import { applyMasks, MASK_NAMES, type MaskName, mask } from './masks.ts';
import { isVariableWord, keepsNumber } from './word-class.ts';

/**
 * An error message's template: what stays the same across the failures of one cause. Varying parts become
 * named masks (`<id>`, `<url>` …); categorical words, HTTP statuses and quoted code names stay.
 */

/** Longer messages are cut: the head says what failed, and a tail of ids would only split groups. */
const MAX_MESSAGE_CHARS = 600;
/** Sentry keeps the first two non-empty lines of a message without a stack trace. */
const MAX_LINES = 2;

const QUOTED = /(?<![\w'"`])(['"`])([^'"`\n]{0,200})\1(?![\w])/g;
/** A quoted code name: one identifier-like word (property, column, binding), kept as a cause. */
const IDENTIFIER = /^[A-Za-z_$][\w$.\-:/[\]<>]{0,63}$/;

/** Array indices inside a property path (`items.3.quantity`, `rows[12]`) vary like any number. */
function maskIndices(text: string): string {
  return text
    .replace(/(?<=[A-Za-z_\]]\.)\d+(?=[.['"\s]|$)/g, mask('num'))
    .replace(/\[\d+\]/g, `[${mask('num')}]`);
}

/** A value that is a code, not data: `card_declined`, `payment.failed`, `ENOENT`. */
const CODE_NAME = /^(?:[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+|[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)*)$/;

function maskQuoted(text: string): string {
  return text.replace(QUOTED, (_match, quote: string, content: string, offset: number) => {
    // A quoted word in a value position (`: 'abc'`, `= "x"`) is data; elsewhere it names code ('sku').
    const valuePosition = /[:=]\s*$/.test(text.slice(Math.max(0, offset - 3), offset));
    const identifier = content.length > 1 && IDENTIFIER.test(content) && !isVariableWord(content);
    const keep = identifier && (!valuePosition || CODE_NAME.test(content));
    return keep ? `${quote}${content}${quote}` : mask('str');
  });
}

const WORD = /<[a-z]+>|[\w#@+][\w.:#@+-]*/g;
const MASK_TOKEN = new RegExp(`^<(${MASK_NAMES.join('|')})>$`);

function maskWords(text: string): string {
  let previous = '';
  return text.replace(WORD, (word, offset: number) => {
    if (MASK_TOKEN.test(word)) {
      previous = word;
      return word;
    }
    // Trailing dots and colons end the sentence or label, they are not part of the word.
    const core = word.replace(/[.:-]+$/, '');
    const rest = word.slice(core.length);
    const after = text.slice(offset + word.length, offset + word.length + 40);
    let out = core;
    if (/^[+-]?\d[\d,]*(\.\d+)?$/.test(core)) {
      out = keepsNumber(core, { previous, after }) ? core : mask('num');
    } else if (isVariableWord(core)) out = mask('id');
    previous = core;
    return out + rest;
  });
}

/** `<id>, <id>, <id>` and `<num> <num>` are one varying list: its length must not split a cause. */
function collapseRuns(text: string): string {
  return text.replace(/<([a-z]+)>(?:[\s,;|]+<\1>)+/g, (_m, name: string) => mask(name as MaskName));
}

function headLines(message: string): string {
  const lines = message
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^at\s/.test(line));
  return lines.slice(0, MAX_LINES).join(' ').slice(0, MAX_MESSAGE_CHARS);
}

/** The template of one message. */
export function messageTemplate(message: string): string {
  const head = headLines(message);
  return collapseRuns(maskWords(applyMasks(maskQuoted(maskIndices(head)))))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface TemplatePart {
  text: string;
  /** The mask's name when this part varies between failures. */
  mask?: MaskName;
}

const SPLIT = new RegExp(`(<(?:${MASK_NAMES.join('|')})>)`);

/** A template cut into literal text and masks, to draw the varying parts apart. */
export function templateParts(template: string): TemplatePart[] {
  return template
    .split(SPLIT)
    .filter((part) => part !== '')
    .map((part) => {
      const name = MASK_TOKEN.exec(part)?.[1] as MaskName | undefined;
      return name ? { text: part, mask: name } : { text: part };
    });
}
