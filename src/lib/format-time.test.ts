import { describe, expect, it } from 'vitest';
import {
  formatAbsolute,
  formatDuration,
  formatRelative,
  formatSpan,
  formatTimeOfDay,
  formatWorkflowDuration,
} from './format-time.ts';

const NOW = Date.parse('2026-11-20T12:00:00.000Z');

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [340, '340 ms'],
    [1234, '1.2 s'],
    [9_990, '9.9 s'],
    [42_000, '42 s'],
    [185_000, '3 m 05 s'],
    [2 * 3_600_000 + 14 * 60_000 + 59_000, '2 h 14 m'],
    [3 * 86_400_000 + 4 * 3_600_000, '3 d 4 h'],
    [-50, '0 ms'],
  ])('%d ms is %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  it('shows a dash for missing values', () => {
    expect(formatDuration(undefined)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('formatSpan', () => {
  it('measures to the end, or to now while open', () => {
    expect(formatSpan('2026-11-20T11:59:58.000Z', '2026-11-20T11:59:59.500Z', NOW)).toBe('1.5 s');
    expect(formatSpan('2026-11-20T11:57:00.000Z', null, NOW)).toBe('3 m 00 s');
    expect(formatSpan(null, null, NOW)).toBe('—');
  });
});

describe('formatRelative', () => {
  it.each([
    ['2026-11-20T11:59:58.000Z', 'just now'],
    ['2026-11-20T11:59:15.000Z', '45 s ago'],
    ['2026-11-20T11:57:00.000Z', '3 min ago'],
    ['2026-11-20T10:00:00.000Z', '2 h ago'],
    ['2026-11-15T12:00:00.000Z', '5 d ago'],
    ['2026-11-20T12:03:00.000Z', 'in 3 min'],
    ['2026-01-02T12:00:00.000Z', '2026-01-02'],
  ])('%s is %s', (iso, expected) => {
    expect(formatRelative(iso, NOW)).toBe(expected);
  });

  it('shows a dash for a missing or invalid time', () => {
    expect(formatRelative(null, NOW)).toBe('—');
    expect(formatRelative('not a date', NOW)).toBe('—');
  });
});

describe('formatAbsolute and formatTimeOfDay', () => {
  it('formats in UTC', () => {
    expect(formatAbsolute('2026-11-20T09:05:03.120Z', 'utc')).toBe('2026-11-20 09:05:03 UTC');
    expect(formatTimeOfDay('2026-11-20T09:05:03.120Z', 'utc')).toBe('09:05:03.120');
  });

  it('formats in local time without a zone suffix', () => {
    expect(formatAbsolute(NOW)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });
});

describe('workflow durations', () => {
  it('labels them briefly', () => {
    expect(formatWorkflowDuration(10_000)).toBe('10 s');
    expect(formatWorkflowDuration('10 minutes')).toBe('10 min');
    expect(formatWorkflowDuration('24 hours')).toBe('1 d');
    expect(formatWorkflowDuration(1500)).toBe('1.5 s');
    expect(formatWorkflowDuration('[dynamic]')).toBe('[dynamic]');
  });
});
