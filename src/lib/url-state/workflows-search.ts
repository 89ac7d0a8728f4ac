import {
  type CleanedSearch,
  type DroppedValue,
  lenientValidator,
  pickStrings,
  type SearchCodec,
} from './search-codec.ts';

/** The workflows list's search params: the one list of its URL keys. */
export const WORKFLOWS_SEARCH_KEYS = ['q', 'sort'] as const;

/** Sorts of the workflows list; none (the API's order) is the default and is left out of the URL. */
export const WORKFLOWS_SORTS = ['errored', '-errored', 'error_rate', '-error_rate'] as const;
export type WorkflowsSort = (typeof WORKFLOWS_SORTS)[number];

export type WorkflowsSearch = {
  /** Name filter. */
  q?: string;
  sort?: WorkflowsSort;
};

const isSort = (value: string): value is WorkflowsSort =>
  (WORKFLOWS_SORTS as readonly string[]).includes(value);

export const workflowsSearchCodec: SearchCodec<WorkflowsSearch> = {
  clean(raw): CleanedSearch<WorkflowsSearch> {
    const strings = pickStrings(raw, WORKFLOWS_SEARCH_KEYS);
    const dropped: DroppedValue[] = [];
    const search: WorkflowsSearch = {};
    if (strings.q !== undefined) search.q = strings.q;
    if (strings.sort !== undefined) {
      if (isSort(strings.sort)) search.sort = strings.sort;
      else
        dropped.push({
          param: 'sort',
          value: strings.sort,
          reason: `use one of ${WORKFLOWS_SORTS.join(', ')}`,
        });
    }
    return { search, dropped };
  },
};

export const validateWorkflowsSearch = lenientValidator(workflowsSearchCodec, WORKFLOWS_SEARCH_KEYS);
