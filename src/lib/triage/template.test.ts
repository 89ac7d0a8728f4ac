import { describe, expect, it } from 'vitest';
import { messageTemplate, templateParts } from './template.ts';

const same = (a: string, b: string) => expect(messageTemplate(a)).toBe(messageTemplate(b));
const apart = (a: string, b: string) => expect(messageTemplate(a)).not.toBe(messageTemplate(b));

describe('messageTemplate', () => {
  it('lets ids, numbers, amounts, times, durations, uuids, hex, paths, urls, emails and ips vary', () => {
    same(
      'card 4242 declined for order ord_8f3a2 ($12.34)',
      'card 0341 declined for order ord_1c9e0 ($499.00)',
    );
    same('quota exceeded at 2026-11-20T10:11:12.123Z', 'quota exceeded at 2026-11-02T00:00:01Z');
    same(
      'Request timestamp Tue, 03 Nov 2026 10:11:12 GMT is late',
      'Request timestamp Fri, 27 Nov 2026 23:01:02 GMT is late',
    );
    same('retry after 3s', 'retry after 90 seconds');
    same('maintenance window opens at 10:30 UTC', 'maintenance window opens at 23:05 UTC');
    same(
      `idempotency key '${'1b4e28ba-2fa1-11d2-883f-0016d3cca427'}' reused`,
      "idempotency key '6fa459ea-ee8a-3ca4-894e-db77e160355e' reused",
    );
    same('bad byte 0x1f', 'bad byte 0xFFAA');
    same('key=variants/3fa9c1d2/thumb.webp missing', 'key=variants/0b7e11aa/large.webp missing');
    same(
      'request to https://a.example/v1/x?y=1 failed',
      'request to https://a.example/v2/z?q=abc&t=9 failed',
    );
    same('recipient jo@example.com rejected', 'recipient li.wei+ops@corp.example.net rejected');
    same('connect ECONNREFUSED 10.0.3.17:5432', 'connect ECONNREFUSED [2001:db8::1]:6432');
    same("No such customer: 'cus_N3x9KqPl2abcD'", "No such customer: 'cus_Aa1Bb2Cc3Dd4Ee'");
    same("invalid literal for int(): 'N/A'", "invalid literal for int(): 'twelve'");
    same('Invalid input at "items.3.quantity"', 'Invalid input at "items.11.quantity"');
    same('ids a1b2c3d4e5, f6a7b8c9d0 failed', 'ids 0a0b0c0d0e failed');
  });

  it('keeps categorical words, HTTP statuses and quoted code names', () => {
    apart(
      "Cannot read properties of undefined (reading 'sku')",
      "Cannot read properties of undefined (reading 'price')",
    );
    apart('Upstream 429 from api.example.com', 'Upstream 503 from api.example.com');
    apart('request failed, reason: ECONNRESET', 'request failed, reason: ETIMEDOUT');
    apart(
      'D1_ERROR: UNIQUE constraint failed: accounts.email',
      'D1_ERROR: UNIQUE constraint failed: invoices.external_id',
    );
    apart('invalid encoding utf-8', 'invalid encoding utf-16');
    apart(
      'Stripe error: {"code":"card_declined","charge":"ch_3Nx9aB2c"}',
      'Stripe error: {"code":"expired_card","charge":"ch_3Nx9aB2c"}',
    );
    same(
      'Stripe error: {"code":"card_declined","charge":"ch_3Nx9aB2c"}',
      'Stripe error: {"code":"card_declined","charge":"ch_99Zz00yy"}',
    );
    expect(messageTemplate('X-Amz-Apigw-Id header missing')).toBe('X-Amz-Apigw-Id header missing');
  });

  it('reads a number as a status only where it can be one', () => {
    expect(messageTemplate('expected 768 dimensions, got 384')).toBe('expected <num> dimensions, got <num>');
    expect(messageTemplate('api.stripe.com responded 503 for request req_3f9a1b2c4d5e')).toBe(
      'api.stripe.com responded 503 for request <id>',
    );
  });

  it('ignores stack frames and a varying list length', () => {
    same('fetch failed\n    at undici:120:5\n    at run (index.js:9:3)', 'fetch failed\n    at undici:7:1');
    same('ids 1, 2, 3 failed', 'ids 4 failed');
  });

  it('cuts a template into literal text and marked varying parts', () => {
    expect(templateParts('order <id> of <amount>')).toEqual([
      { text: 'order ' },
      { text: '<id>', mask: 'id' },
      { text: ' of ' },
      { text: '<amount>', mask: 'amount' },
    ]);
  });
});
