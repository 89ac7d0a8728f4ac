import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkPalette, OUTPUT } from './dark-palette.ts';

describe('the dark palette', () => {
  it('is the committed file, generated from the installed Tailwind scale', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(darkPalette());
  });

  it('turns the scale over: page backgrounds go dark, text goes light, muted text stays readable', () => {
    const css = darkPalette();
    const light = readFileSync(new URL('../node_modules/tailwindcss/theme.css', import.meta.url), 'utf8');
    const value = (name: string) => new RegExp(`--color-${name}:\\s*([^;]+);`).exec(light)?.[1];
    const dark = css.slice(0, css.indexOf('.same-in-both-themes'));
    expect(dark).toContain(`--color-slate-50: ${value('slate-950')};`);
    expect(dark).toContain(`--color-slate-900: ${value('slate-100')};`);
    expect(dark).toContain(`--color-slate-500: ${value('slate-400')};`);
    expect(dark).toContain(`--color-white: ${value('slate-900')};`);
  });
});
