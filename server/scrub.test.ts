import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScrubber, REDACTED } from './scrub.ts';
import { ACCOUNT, fakeUpstream, liveApp } from './testing/fake-upstream.ts';

const WORKFLOWS = `/api/client/v4/accounts/${ACCOUNT}/workflows`;
/** Unique per run, so a match can only come from this test's echo. */
const TOKEN = `tok-${crypto.randomUUID()}`;
const EMAIL = 'ops+dash@example.com';
const KEY = `key${crypto.randomUUID().replaceAll('-', '')}`;
const b64 = (text: string) => btoa(text);

/** Every form of the secrets an upstream might echo. */
function echoes(secrets: readonly string[]): string {
  return secrets
    .flatMap((secret) => [
      secret,
      JSON.stringify(secret).slice(1, -1),
      encodeURIComponent(secret),
      b64(secret),
      b64(`x${secret}`),
      b64(`xy${secret}`),
      b64(`Authorization: Bearer ${secret}`).replaceAll('+', '-').replaceAll('/', '_'),
    ])
    .join(' | ');
}

function leaks(text: string, secrets: readonly string[]): string[] {
  const forms = secrets.flatMap((secret) => [secret, encodeURIComponent(secret), b64(secret)]);
  return forms.filter((form) => text.includes(form));
}

describe('credential scrubbing', () => {
  it('removes an echoed token from the body and headers, in raw, JSON, URL and base64 forms', async () => {
    const lines: string[] = [];
    const { upstream } = fakeUpstream((request) => {
      const authorization = request.headers.get('authorization') ?? '';
      return new Response(
        JSON.stringify({
          success: false,
          errors: [{ code: 10000, message: `bad header ${authorization}; ${echoes([TOKEN])}` }],
          messages: [],
          result: { request: { headers: { Authorization: authorization } } },
        }),
        {
          status: 400,
          headers: { 'content-type': 'application/json', 'cf-ray': `ray-${TOKEN}`, 'retry-after': TOKEN },
        },
      );
    });
    const app = liveApp(upstream, {
      credentials: { kind: 'token', token: TOKEN },
      log: (l) => lines.push(l),
    });
    const response = await app.request(`${WORKFLOWS}/orders`);
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text).errors[0].message).toContain(`bad header ${REDACTED}`);
    expect(leaks(text, [TOKEN])).toEqual([]);
    expect(text).not.toContain(b64(`Bearer ${TOKEN}`).slice(8, 40));
    expect(response.headers.get('cf-ray')).toBe(`ray-${REDACTED}`);
    expect(leaks([...response.headers].join('\n'), [TOKEN])).toEqual([]);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('removes the global key and the email, and keeps the rest of the body byte for byte', async () => {
    const body = `{"ok":"é ✓","echo":"${echoes([KEY, EMAIL])}"}`;
    const { upstream } = fakeUpstream(
      () => new Response(body, { headers: { 'content-type': 'application/json' } }),
    );
    const app = liveApp(upstream, { credentials: { kind: 'key', email: EMAIL, key: KEY } });
    const text = await (await app.request(WORKFLOWS)).text();
    expect(leaks(text, [KEY, EMAIL])).toEqual([]);
    expect(text.startsWith('{"ok":"é ✓","echo":"[REDACTED]')).toBe(true);
  });

  it('scrubs log lines and network error messages that carry the token', async () => {
    const lines: string[] = [];
    const { upstream } = fakeUpstream(() => {
      throw new TypeError('fetch failed', { cause: new Error(`proxy said: Authorization: Bearer ${TOKEN}`) });
    });
    const app = liveApp(upstream, {
      credentials: { kind: 'token', token: TOKEN },
      log: (line) => lines.push(line),
      retry: { retries: 0, baseDelayMs: 1 },
    });
    const response = await app.request(WORKFLOWS);
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain(TOKEN);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Authorization: ${REDACTED}`);
    expect(lines[0]).not.toContain(TOKEN);
  });

  it('leaves binary bodies without a secret untouched and ignores secrets too short to be one', () => {
    const scrubber = createScrubber({ kind: 'token', token: 'demo' });
    const bytes = new Uint8Array([0, 255, 128, 100, 101, 109, 111]);
    expect(scrubber.bytes(bytes)).toBe(bytes);
    expect(scrubber.text('the demo account')).toBe('the demo account');
    expect(scrubber.text('Authorization: Bearer demo')).toBe(`Authorization: ${REDACTED}`);
  });

  it('finds a secret in bytes that are not valid UTF-8 around it', () => {
    const scrubber = createScrubber({ kind: 'token', token: 'tok-0123456789abcdef' });
    const encoder = new TextEncoder();
    const body = new Uint8Array([0xe2, ...encoder.encode('{"t":"tok-0123456789abcdef"}'), 0xff, 0xc3]);
    const out = new TextDecoder().decode(scrubber.bytes(body));
    expect(out).not.toContain('tok-0123456789abcdef');
    expect(out).toContain(REDACTED);
  });
});

// Node searches the bytes natively; Workers (no Buffer) decodes once. Both must find every form.
describe.each([
  ['with a native byte search (Node)', false],
  ['without Buffer (Workers)', true],
])('scrubbing bytes %s', (_name, hideBuffer) => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  const scrubberFor = (credentials: Parameters<typeof createScrubber>[0]) => {
    if (hideBuffer) vi.stubGlobal('Buffer', undefined);
    return createScrubber(credentials);
  };

  it('finds every form of the token in a view that starts inside a larger buffer', () => {
    const scrubber = scrubberFor({ kind: 'token', token: TOKEN });
    const encoder = new TextEncoder();
    const padding = '-'.repeat(64);
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const echoed = encoder.encode(`${padding}{"echo":"${echoes([TOKEN])}","ok":"é ✓"}`).subarray(64);
    const out = decode(scrubber.bytes(echoed));
    expect(leaks(out, [TOKEN])).toEqual([]);
    expect(out).toMatch(/^\{"echo":"\[REDACTED\]/);
    expect(out.endsWith('"ok":"é ✓"}')).toBe(true);
    // The only secret in the view's last bytes: a search that ignored the view's offset would miss it.
    const last = encoder.encode(`${padding}{"ok":"é ✓","t":"${TOKEN}"}`).subarray(64);
    expect(decode(scrubber.bytes(last))).toBe(`{"ok":"é ✓","t":"${REDACTED}"}`);
  });

  it('finds the email and the key, and returns a body without them as it is', () => {
    const scrubber = scrubberFor({ kind: 'key', email: EMAIL, key: KEY });
    const clean = new TextEncoder().encode(`{"result":"${'x'.repeat(10_000)}"}`);
    expect(scrubber.bytes(clean)).toBe(clean);
    const dirty = new TextEncoder().encode(`{"a":"${b64(`xy${EMAIL}:${KEY}`)}","b":"${KEY}"}`);
    const out = new TextDecoder().decode(scrubber.bytes(dirty));
    expect(leaks(out, [KEY, EMAIL])).toEqual([]);
  });
});
