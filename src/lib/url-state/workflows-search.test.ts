import { describe, expect, it } from 'vitest';
import { describeDropped } from './search-codec.ts';
import { validateWorkflowsSearch, workflowsSearchCodec } from './workflows-search.ts';

describe('workflows list URL codec', () => {
  it('keeps the name filter and a known sort', () => {
    expect(workflowsSearchCodec.clean({ q: 'order', sort: '-error_rate' })).toEqual({
      search: { q: 'order', sort: '-error_rate' },
      dropped: [],
    });
  });

  it('drops an unknown sort and says which', () => {
    const { search, dropped } = workflowsSearchCodec.clean({ sort: '-colour' });
    expect(search).toEqual({});
    expect(dropped.map(describeDropped)).toEqual([
      "Ignored sort '-colour' from the link (use one of errored, -errored, error_rate, -error_rate).",
    ]);
  });

  it('names every key for the router, undefined when absent', () => {
    expect(validateWorkflowsSearch({ sort: '-errored' })).toEqual({ q: undefined, sort: '-errored' });
  });
});
