// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberedTable, rememberTable, shouldGoBack } from './table-return.ts';

describe('the way back to the table', () => {
  beforeEach(() => sessionStorage.clear());

  it('remembers the last table URL per workflow', () => {
    rememberTable('acc', 'orders', { href: '/acc/workflows/orders?status=errored', index: 3 });
    rememberTable('acc', 'media', { href: '/acc/workflows/media', index: 5 });
    expect(rememberedTable('acc', 'orders')).toEqual({
      href: '/acc/workflows/orders?status=errored',
      index: 3,
    });
    expect(rememberedTable('acc', 'billing')).toBeNull();
  });

  it('goes back only when the previous history entry is that table', () => {
    const table = { href: '/acc/workflows/orders', index: 3 };
    expect(shouldGoBack(table, 4)).toBe(true);
    expect(shouldGoBack(table, 6)).toBe(false);
    expect(shouldGoBack({ ...table, index: null }, 4)).toBe(false);
    expect(shouldGoBack(null, 4)).toBe(false);
  });

  it('ignores a corrupt entry', () => {
    sessionStorage.setItem('table-url:acc/orders', '{not json');
    expect(rememberedTable('acc', 'orders')).toBeNull();
  });
});
