import { describe, expect, it } from 'vitest';
import { parseTime } from './parse-time.ts';

describe('parseTime', () => {
  it('reads API timestamps exactly as Date.parse does', () => {
    for (const value of [
      '2026-11-28T20:43:04.123Z',
      '2026-11-28T20:43:04Z',
      '2026-12-31T23:59:59.999Z',
      '2024-02-29T00:00:00.000Z',
      '2026-11-28T20:43:04.123+01:00',
      '2026-11-28 20:43:04',
    ])
      expect(parseTime(value)).toBe(Date.parse(value));
  });

  it('is NaN for what is not a time', () => {
    expect(parseTime('2026-11-28T20:43:xx.123Z')).toBeNaN();
    expect(parseTime('soon')).toBeNaN();
  });

  it('reads a run of times that share, leave and return to a minute as Date.parse does', () => {
    const values = [
      '2026-11-28T20:43:04.123Z',
      '2026-11-28T20:43:59Z',
      '2026-11-28T20:44:00.001Z',
      '2026-11-28T20:43:01.500Z',
      '2026-11-29T20:43:01.500Z',
      '2026-11-29T20:43:xx.500Z',
    ];
    for (const value of values) expect(parseTime(value)).toEqual(Date.parse(value));
  });
});
