import type { Rng } from './rng.ts';
import type { PayloadFn, Shape } from './types.ts';

/** Realistic JSON payloads, generated lazily from a per-entry seed. */
const FIRST = ['ada', 'grace', 'linus', 'margaret', 'ken', 'barbara', 'alan', 'frances', 'tim', 'radia'];
const DOMAINS = ['example.com', 'acme.io', 'globex.net', 'initech.co', 'umbrella.org'];
const PRODUCTS = [
  ['SKU-TEE-BLK-M', 'Logo tee, black, M', 2400],
  ['SKU-MUG-12OZ', 'Enamel mug 12oz', 1800],
  ['SKU-HOOD-GRY-L', 'Zip hoodie, grey, L', 6400],
  ['SKU-STK-PACK', 'Sticker pack', 600],
  ['SKU-CAP-NVY', 'Dad cap, navy', 2800],
  ['SKU-BTL-750', 'Steel bottle 750ml', 3200],
] as const;

export const email = (rng: Rng) => `${rng.pick(FIRST)}.${rng.hex(3)}@${rng.pick(DOMAINS)}`;
const num = (shape: Shape, key: string, fallback = 1) => shape[key] ?? fallback;

export const orderParams: PayloadFn = (rng, shape, created) => {
  const items = Array.from({ length: num(shape, 'items') }, () => {
    const [sku, title, cents] = rng.pick(PRODUCTS);
    return { sku, title, quantity: rng.int(1, 3), unit_price_cents: cents };
  });
  return {
    order_id: `ord_${rng.hex(5)}`,
    customer: { id: `cus_${rng.hex(10)}`, email: email(rng) },
    currency: 'usd',
    line_items: items,
    total_cents: items.reduce((sum, i) => sum + i.quantity * i.unit_price_cents, 0),
    shipping: {
      country: rng.pick(['US', 'GB', 'DE', 'FR', 'JP', 'BR']),
      method: rng.pick(['standard', 'express']),
    },
    placed_at: new Date(created - rng.int(200, 5000)).toISOString(),
  };
};

export const imageParams: PayloadFn = (rng) => ({
  upload_id: `upload_${rng.hex(10)}`,
  bucket: 'user-uploads',
  key: `originals/${rng.hex(2)}/${rng.hex(16)}.${rng.pick(['jpg', 'png', 'webp'])}`,
  content_type: rng.pick(['image/jpeg', 'image/png', 'image/webp']),
  bytes: rng.int(80_000, 18_000_000),
  variants: ['thumb', 'medium', 'large'],
});

/** EXIF/XMP dump: the large (50-300 KB) outputs that the instance log truncates. */
export const largeMetadata: PayloadFn = (rng, shape) => {
  const kb = num(shape, 'metadataKb', 2);
  const tags: Record<string, string> = {};
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const value = `${rng.hex(24)} ${rng.pick(['Canon', 'Nikon', 'Sony', 'Apple', 'Fujifilm'])} ${rng.int(1, 99999)}`;
    tags[`XMP-${rng.pick(['dc', 'exif', 'tiff', 'photoshop', 'crs'])}:Tag${i}`] = value;
    size += value.length + 20;
  }
  return { width: rng.int(800, 8000), height: rng.int(600, 6000), orientation: rng.int(1, 8), tags };
};

export const signupParams: PayloadFn = (rng, _shape, created) => ({
  user_id: `usr_${rng.hex(12)}`,
  email: email(rng),
  plan: rng.pick(['trial', 'trial', 'trial', 'starter']),
  referrer: rng.pick(['google', 'twitter', 'newsletter', null]),
  signed_up_at: new Date(created).toISOString(),
});

export const invoiceParams: PayloadFn = (rng) => ({
  invoice_id: `in_${rng.hex(14)}`,
  customer_id: `cus_${rng.hex(10)}`,
  amount_due_cents: rng.int(900, 99_900),
  attempt_count: rng.int(1, 4),
  reason: rng.pick(['card_declined', 'expired_card', 'processing_error']),
});

export const syncParams: PayloadFn = (rng, shape) => ({
  source: rng.pick(['salesforce', 'hubspot', 'postgres://analytics']),
  tables: rng.pick([['contacts', 'accounts'], ['deals'], ['events', 'sessions', 'users']]),
  mode: num(shape, 'batches') > 1000 ? 'backfill' : 'incremental',
  since: new Date(Date.UTC(2026, 0, 1) + rng.int(0, 200) * 86_400_000).toISOString(),
  batch_size: 500,
});

export const reportParams: PayloadFn = (_rng, _shape, created) => {
  const day = new Date(created - 86_400_000).toISOString().slice(0, 10);
  return { report: 'daily-revenue', date: day, recipients: ['finance@acme.io', 'ops@acme.io'] };
};

/** A small generic step result. */
export const okResult =
  (fields: (rng: Rng, shape: Shape) => Record<string, unknown>): PayloadFn =>
  (rng, shape) =>
    fields(rng, shape);

export const nothing: PayloadFn = () => null;
