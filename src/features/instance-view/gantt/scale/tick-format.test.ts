import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTick } from './tick-format.ts';

describe('tick labels', () => {
  const t = Date.UTC(2026, 7, 14, 9, 5, 3, 7);
  it('reads at every scale, from milliseconds to months', () => {
    expect(formatTick(t, 'ms', 'utc')).toBe('09:05:03.007');
    expect(formatTick(t, 'second', 'utc')).toBe('09:05:03');
    expect(formatTick(t, 'minute', 'utc')).toBe('09:05');
    expect(formatTick(t, 'day', 'utc')).toBe('14 Aug');
    expect(formatTick(t, 'month', 'utc')).toBe('Aug 2026');
    expect(formatDateTime(t, 'utc')).toBe('14 Aug, 09:05:03');
  });
});
