import { describe, expect, it } from 'vitest';
import { toggledStatuses } from './status-toggle.ts';

describe('a click on a status', () => {
  it('filters to it, and a second click clears the filter', () => {
    expect(toggledStatuses([], 'errored')).toEqual(['errored']);
    expect(toggledStatuses(['errored'], 'errored')).toEqual([]);
  });

  it('switches from one status to another', () => {
    expect(toggledStatuses(['complete'], 'errored')).toEqual(['errored']);
  });

  it('toggles that one in a set of several', () => {
    expect(toggledStatuses(['complete', 'errored'], 'terminated')).toEqual([
      'complete',
      'errored',
      'terminated',
    ]);
    expect(toggledStatuses(['complete', 'errored'], 'errored')).toEqual(['complete']);
  });
});
