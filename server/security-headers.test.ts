import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './security-headers.ts';
import { createStaticHandler } from './static-files.ts';
import { ACCOUNT, fakeUpstream, liveApp } from './testing/fake-upstream.ts';

function distWithIndex(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

function expectSecurityHeaders(response: Response) {
  const csp = response.headers.get('content-security-policy') ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ]) {
    expect(csp.split('; ')).toContain(directive);
  }
  expect(csp).not.toContain('unsafe');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
}

describe('security headers', () => {
  const upstreamAnswer = () =>
    Response.json(
      { success: true, errors: [], messages: [], result: [] },
      {
        headers: { 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' },
      },
    );

  it.each([
    ['the app shell (SPA fallback)', '/some/client/route', {}],
    ['a built asset', '/assets/app.js', {}],
    ['a missing asset', '/assets/missing.js', {}],
    [
      'a mirrored API answer, even if upstream grants CORS',
      `/api/client/v4/accounts/${ACCOUNT}/workflows`,
      {},
    ],
    ['/api/meta', '/api/meta', {}],
    ['a refused parameter', `/api/client/v4/accounts/${ACCOUNT}/workflows?page=0`, {}],
    ['a cross-origin refusal', '/api/meta', { origin: 'https://evil.example' }],
    ['a DNS-rebinding refusal', '/', { host: 'evil.example' }],
    ['a preflight', '/api/meta', { origin: 'https://evil.example', 'access-control-request-method': 'GET' }],
  ])('are on %s', async (_, path, headers) => {
    const { upstream } = fakeUpstream(upstreamAnswer);
    const app = liveApp(upstream, { assets: createStaticHandler(distWithIndex()) });
    const method = 'access-control-request-method' in headers ? 'OPTIONS' : 'GET';
    const response = await app.request(path, { method, headers });
    expectSecurityHeaders(response);
  });

  it('relaxes only what hot reload needs in the dev policy', () => {
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'unsafe-inline'");
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("connect-src 'self' ws: wss:");
    expect(DEV_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('ws:');
  });
});

describe('the app shell under the policy', () => {
  it('has no inline script or style in index.html (script-src and style-src are self only)', () => {
    const html = readFileSync(join(import.meta.dirname, '..', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', content = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(content.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });
});
