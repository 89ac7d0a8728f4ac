import type { CorpusCause } from './corpus-types.ts';

/** Payments (Stripe-like), mail, and the application's own bugs and validation. */
export const APP_CAUSES: CorpusCause[] = [
  {
    label: 'card-declined-sim',
    step: 'charge-card',
    name: 'PaymentDeclinedError',
    make: (r) =>
      `card ending ${r.pick(['4242', '0341', '1881', '5556'])} declined for order ord_${r.hex(5)} ($${(r.int(499, 49_999) / 100).toFixed(2)}): insufficient_funds`,
  },
  // Hard negative: another decline code.
  {
    label: 'card-declined-sim-expired',
    step: 'charge-card',
    name: 'PaymentDeclinedError',
    make: (r) =>
      `card ending ${r.pick(['4242', '0341', '1881', '5556'])} declined for order ord_${r.hex(5)} (€${r.int(5, 900)},${r.int(10, 99)}): expired_card`,
  },
  {
    label: 'stripe-no-customer',
    step: 'charge-card',
    name: 'StripeInvalidRequestError',
    make: (r) => `No such customer: '${r.pick(['cus_', 'cus_'])}${r.alnum(14)}'`,
  },
  {
    label: 'stripe-idempotency',
    step: 'charge-card',
    name: 'StripeIdempotencyError',
    make: (r) =>
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${r.uuid()}' if you meant to execute a different request.`,
  },
  {
    label: 'stripe-amount-min',
    step: 'charge-card',
    name: 'StripeInvalidRequestError',
    make: (r) =>
      `Amount must convert to at least 50 cents. ${r.int(10, 49)} JPY converts to approximately $0.${r.int(10, 49)} USD.`,
  },
  {
    label: 'stripe-refund-window',
    step: 'refund',
    name: 'NonRetryableError',
    make: (r) =>
      `refund window closed for order ${r.pick(['ord_', 'ORD-'])}${r.int(10000, 99999)} (created ${r.int(31, 400)} days ago)`,
  },
  {
    label: 'stripe-signature',
    step: 'verify-webhook',
    name: 'StripeSignatureVerificationError',
    make: () =>
      'No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?',
  },
  {
    label: 'mail-invalid-mailbox',
    step: 'send-welcome',
    name: 'NonRetryableError',
    make: (r) => `recipient rejected: ${r.email()} is not a valid mailbox`,
  },
  {
    label: 'smtp-user-unknown',
    step: 'send-welcome',
    name: 'SMTPError',
    make: (r) =>
      `550 5.1.1 <${r.email()}>: Recipient address rejected: User unknown in virtual mailbox table`,
  },
  // Hard negative: same SMTP reply code, another enhanced status and reason.
  {
    label: 'smtp-relay-denied',
    step: 'send-welcome',
    name: 'SMTPError',
    make: (r) => `550 5.7.1 <${r.email()}>: Relay access denied`,
  },
  {
    label: 'smtp-try-later',
    step: 'send-welcome',
    name: 'SMTPError',
    make: (r) =>
      `421 4.7.0 Try again later, closing connection. (mx${r.int(1, 4)}.mail.example.com [${r.ipv4()}])`,
  },
  {
    label: 'reading-sku',
    step: 'validate-order',
    name: 'TypeError',
    make: () => "Cannot read properties of undefined (reading 'sku')",
  },
  // Hard negative: the same TypeError on another property is another bug.
  {
    label: 'reading-price',
    step: 'validate-order',
    name: 'TypeError',
    make: () => "Cannot read properties of undefined (reading 'price')",
  },
  {
    label: 'map-not-function',
    step: 'validate-order',
    name: 'TypeError',
    make: () => 'order.items.map is not a function',
  },
  {
    label: 'zod-quantity',
    step: 'validate-order',
    name: 'ZodError',
    make: (r) =>
      `Invalid input: expected number, received ${r.pick(['string', 'string'])} at "items.${r.int(0, 12)}.quantity"`,
  },
  // Hard negative: another field of the same schema.
  {
    label: 'zod-email',
    step: 'validate-order',
    name: 'ZodError',
    make: () => 'Invalid input: expected string, received undefined at "customer.email"',
  },
  {
    label: 'python-key-customer',
    step: 'enrich',
    name: 'KeyError',
    make: () => "'customer_id'",
  },
  // Hard negative: another missing key.
  {
    label: 'python-key-order',
    step: 'enrich',
    name: 'KeyError',
    make: () => "'order_id'",
  },
  {
    label: 'python-int-literal',
    step: 'parse-row',
    name: 'ValueError',
    make: (r) =>
      `invalid literal for int() with base 10: '${r.pick(['N/A', '12.5kg', 'abc', '', '１２', 'twelve', '7 units'])}'`,
  },
  {
    label: 'import-validation',
    step: 'import-batch',
    name: 'NonRetryableError',
    make: (r) =>
      `Import of batch ${r.int(1, 400)} aborted: ${r.int(1, 90)} rows failed validation (first at line ${r.int(2, 50000)}: "${r.pick(['missing sku for Blue Mug', 'price is negative', 'unknown currency in row', 'duplicate order reference'])}")`,
  },
  {
    label: 'image-heic',
    step: 'decode-image',
    name: 'NonRetryableError',
    make: (r) => `unsupported image format: image/heic (${r.int(12, 48_000)} KB) for upload_${r.hex(10)}`,
  },
  // Hard negative: another format is another missing decoder.
  {
    label: 'image-tiff',
    step: 'decode-image',
    name: 'NonRetryableError',
    make: (r) => `unsupported image format: image/tiff (${r.int(12, 48_000)} KB) for upload_${r.hex(10)}`,
  },
  {
    label: 'lock-held',
    step: 'acquire-lock',
    name: 'LockError',
    make: (r) =>
      `lock ${r.pick(['invoice', 'ledger'])}-${r.int(1000, 99999)} held for ${r.int(31, 600)}s by worker ${r.hex(8)}; gave up after ${r.pick(['30 seconds', '30s'])}`,
  },
  {
    label: 'encoding-utf8',
    step: 'parse-row',
    name: 'TypeError',
    make: (r) =>
      `The encoded data was not valid for encoding utf-8 (byte 0x${r.hex(2)} at offset ${r.int(0, 99999)})`,
  },
];
