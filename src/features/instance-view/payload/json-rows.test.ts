import { describe, expect, it } from 'vitest';
import {
  openedTo,
  parsedPayload,
  pathText,
  previewOf,
  searchJson,
  valueAt,
  visibleJsonRows,
} from './json-rows.ts';

const payload = {
  order: {
    id: 'o-1',
    items: [
      { sku: 'A', qty: 2 },
      { sku: 'B', qty: 1 },
    ],
  },
  'odd key': true,
};

describe('the JSON viewer rows', () => {
  it('enumerates only what is expanded', () => {
    expect(visibleJsonRows(payload, new Set(['$'])).map((r) => r.id)).toEqual([
      '$',
      '$.order',
      '$["odd key"]',
    ]);
    const open = visibleJsonRows(payload, new Set(['$', '$.order', '$.order.items']));
    expect(open.map((r) => `${r.depth}:${r.label}`)).toEqual([
      '0:null',
      '1:order',
      '2:id',
      '2:items',
      '3:0',
      '3:1',
      '1:odd key',
    ]);
  });

  it('writes paths a reader can paste into code', () => {
    expect(pathText(['order', 'items', 1, 'sku'])).toBe('$.order.items[1].sku');
    expect(pathText(['odd key'])).toBe('$["odd key"]');
    expect(valueAt(payload, ['order', 'items', 1, 'sku'])).toBe('B');
  });

  it('previews containers by their size and primitives as JSON', () => {
    expect(previewOf([1, 2], 2)).toBe('[2 items]');
    expect(previewOf({ a: 1 }, 1)).toBe('{1 key}');
    expect(previewOf('x', null)).toBe('"x"');
    expect(previewOf('y'.repeat(400), null)).toHaveLength(301);
  });

  it('finds keys and values, with the ancestors to open', () => {
    const hits = searchJson(payload, 'b');
    expect(hits).toEqual([['$', '$.order', '$.order.items', '$.order.items[1]', '$.order.items[1].sku']]);
    expect(searchJson(payload, 'QTY').map((h) => h.at(-1))).toEqual([
      '$.order.items[0].qty',
      '$.order.items[1].qty',
    ]);
    expect(searchJson(payload, '  ')).toEqual([]);
  });

  it('shows strings holding JSON parsed, and opens small payloads a few levels deep', () => {
    expect(parsedPayload('{"a":[1]}')).toEqual({ a: [1] });
    expect(parsedPayload('not json')).toBe('not json');
    expect([...openedTo(payload, 2)]).toEqual(['$', '$.order']);
  });

  it('lists a 1 MiB payload as a handful of rows until it is opened', () => {
    const big = { rows: Array.from({ length: 20_000 }, (_, i) => ({ i, text: 'x'.repeat(40) })) };
    expect(JSON.stringify(big).length).toBeGreaterThan(1024 * 1024);
    expect(visibleJsonRows(big, new Set(['$']))).toHaveLength(2);
    expect(visibleJsonRows(big, new Set(['$', '$.rows']))).toHaveLength(20_002);
  });
});
