import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from './csv.ts';

describe('csv', () => {
  it('quotes only what RFC 4180 requires', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('writes CRLF lines and parses them back', () => {
    const rows = [
      ['x', 'a,b', 'say "hi"'],
      ['', 'two\r\nlines', 'z'],
    ];
    const text = toCsv(['h1', 'h2', 'h3'], rows);
    expect(text.startsWith('h1,h2,h3\r\nx,"a,b","say ""hi"""\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['h1', 'h2', 'h3'], ...rows]);
  });
});
