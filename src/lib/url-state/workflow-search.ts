import { type CleanedSearch, lenientValidator, pickStrings, type SearchCodec } from './search-codec.ts';
import { parseInstanceView, serializeInstanceView } from './view-state.ts';

/** The workflow view's search params (PRODUCT.md "Shareable URLs"): the one list of its URL keys. */
export const WORKFLOW_SEARCH_KEYS = ['status', 'range', 'from', 'to', 'q', 'sort', 'cols', 'tz'] as const;
export type WorkflowSearchKey = (typeof WORKFLOW_SEARCH_KEYS)[number];

/** All optional, as plain strings, defaults left out. */
export type WorkflowSearch = Partial<Record<WorkflowSearchKey, string>>;

/** Parses the params into the view (view-state.ts) and writes it back: only what the view can use stays. */
export const workflowSearchCodec: SearchCodec<WorkflowSearch> = {
  clean(raw): CleanedSearch<WorkflowSearch> {
    const { view, dropped } = parseInstanceView(pickStrings(raw, WORKFLOW_SEARCH_KEYS));
    return { search: serializeInstanceView(view), dropped };
  },
};

/** The route's `validateSearch`. */
export const validateWorkflowSearch = lenientValidator(workflowSearchCodec, WORKFLOW_SEARCH_KEYS);
