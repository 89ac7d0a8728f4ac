import { afterEach, describe, expect, it } from 'vitest';
import { OUTCOME_FILL, PALETTE, syncPalette } from './palette.ts';

afterEach(() => {
  document.documentElement.classList.remove('dark');
  syncPalette();
});

describe('the canvas palette', () => {
  it('follows the page theme: dark surface and light text once <html> is dark, and back', () => {
    syncPalette();
    const light = { background: PALETTE.background, text: PALETTE.text, failed: OUTCOME_FILL.failed };
    document.documentElement.classList.add('dark');
    expect(syncPalette()).toBe(true);
    expect(PALETTE.background).not.toBe(light.background);
    expect(PALETTE.text).not.toBe(light.text);
    expect(OUTCOME_FILL.failed).not.toBe(light.failed);
    expect(syncPalette()).toBe(false);
    document.documentElement.classList.remove('dark');
    expect(syncPalette()).toBe(true);
    expect(PALETTE.background).toBe(light.background);
  });
});
