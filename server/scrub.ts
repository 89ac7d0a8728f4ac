import type { Credentials } from './config.ts';

export const REDACTED = '[REDACTED]';

/** Forms shorter than this are not scrubbed: they would match ordinary text (demo mode's token is `demo`). */
const MIN_SECRET_LENGTH = 6;

/** Replaces every credential, in every form an upstream might echo it, by [REDACTED]. */
export interface Scrubber {
  text(value: string): string;
  bytes(value: Uint8Array): Uint8Array;
  headers(value: Headers): Headers;
}

/**
 * The secrets are the token, or the email and the global key, plus the header values built from them
 * (`Bearer <token>`). Each is searched raw, JSON-escaped, percent-encoded and in base64/base64url at all
 * three byte alignments, so an upstream that echoes a header, a query or a Basic/base64 blob is covered.
 */
export function createScrubber(credentials: Credentials): Scrubber {
  const secrets =
    credentials.kind === 'token'
      ? [`Bearer ${credentials.token}`, credentials.token]
      : [`${credentials.email}:${credentials.key}`, credentials.key, credentials.email];
  const forms = [...new Set(secrets.flatMap(secretForms))]
    .filter((form) => form.length >= MIN_SECRET_LENGTH)
    // Longest first, so `Bearer <token>` is replaced whole rather than leaving `Bearer ` behind.
    .sort((a, b) => b.length - a.length);
  const encoder = new TextEncoder();
  const needles = forms.map((form) => encoder.encode(form));
  const replacement = encoder.encode(REDACTED);
  const text = (value: string) => forms.reduce((out, form) => out.replaceAll(form, REDACTED), value);
  const holdsSecret = secretDetector(forms);
  return {
    text,
    bytes: (value) =>
      holdsSecret(value)
        ? needles.reduce((out, needle) => replaceBytes(out, needle, replacement), value)
        : value,
    headers: (value) => {
      const out = new Headers();
      for (const [name, headerValue] of value) out.append(name, text(headerValue));
      return out;
    },
  };
}

/** Node's Buffer, where there is one (not in Workers without nodejs_compat). */
interface ByteSearch {
  from(buffer: ArrayBufferLike, offset: number, length: number): { includes(value: Uint8Array): boolean };
}

/**
 * Whether a body holds any of the forms. The usual answer holds none, so this is the whole cost of a 4 MB
 * instance: only the forms that contain no other form are searched (a longer one cannot occur without
 * them). On Node a native byte search over the body as it is (no copy, no decode: a 4 MB string for the
 * collector every request held the event loop longer than the search); elsewhere one decode and a native
 * string search per form. Both exact: a secret's bytes always decode to it.
 */
function secretDetector(forms: readonly string[]): (value: Uint8Array) => boolean {
  const minimal = forms.filter((form) => !forms.some((other) => other !== form && form.includes(other)));
  const encoder = new TextEncoder();
  const needles = minimal.map((form) => encoder.encode(form));
  const bytes = (globalThis as { Buffer?: ByteSearch }).Buffer;
  if (bytes) {
    return (value) => {
      const view = bytes.from(value.buffer, value.byteOffset, value.byteLength);
      return needles.some((needle) => view.includes(needle));
    };
  }
  const decoder = new TextDecoder();
  return (value) => {
    const decoded = decoder.decode(value);
    return minimal.some((form) => decoded.includes(form));
  };
}

function secretForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  return [
    secret,
    json,
    json.replaceAll('/', '\\/'),
    encodeURIComponent(secret),
    encodeURIComponent(secret).replaceAll('%20', '+'),
    ...base64Cores(secret),
  ];
}

/**
 * The base64 characters that depend only on the secret's bytes, for each of the three offsets (mod 3) at
 * which the secret can start inside a larger encoded blob; each also in base64url.
 */
function base64Cores(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = btoa(String.fromCharCode(...padded));
    const first = Math.ceil((offset * 8) / 6);
    const last = Math.floor(((offset + bytes.length) * 8) / 6);
    const core = encoded.slice(first, last);
    cores.push(core, core.replaceAll('+', '-').replaceAll('/', '_'));
  }
  return cores;
}

/** Every occurrence of `needle` in `haystack` replaced; the input is returned as is when there is none. */
function replaceBytes(haystack: Uint8Array, needle: Uint8Array, replacement: Uint8Array): Uint8Array {
  const first = needle[0];
  if (first === undefined) return haystack;
  const parts: Uint8Array[] = [];
  let from = 0;
  let at = haystack.indexOf(first, from);
  while (at !== -1 && at + needle.length <= haystack.length) {
    if (matchesAt(haystack, needle, at)) {
      parts.push(haystack.subarray(from, at), replacement);
      from = at + needle.length;
      at = haystack.indexOf(first, from);
    } else at = haystack.indexOf(first, at + 1);
  }
  if (parts.length === 0) return haystack;
  parts.push(haystack.subarray(from));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function matchesAt(haystack: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let i = 1; i < needle.length; i++) if (haystack[at + i] !== needle[i]) return false;
  return true;
}
