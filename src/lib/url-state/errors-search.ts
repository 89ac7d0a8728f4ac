import {
  type CleanedSearch,
  type DroppedValue,
  lenientValidator,
  pickStrings,
  type SearchCodec,
} from './search-codec.ts';
import { formatIsoUtc, parseInstanceView, type TimeRange } from './view-state.ts';

/**
 * The errors (triage) view's search params (PRODUCT.md "Shareable URLs"): the workflow view's range
 * parameters (`range`, or `from`/`to`), 24 h when none is given, plus `group` (a cause id), `sort` and `q`.
 */
export const ERRORS_SEARCH_KEYS = ['group', 'range', 'from', 'to', 'sort', 'q'] as const;
export type ErrorsSearchKey = (typeof ERRORS_SEARCH_KEYS)[number];
export type ErrorsSearch = Partial<Record<ErrorsSearchKey, string>>;

export type ErrorsSort = 'count' | 'recent';

export interface ErrorsView {
  /** A preset or custom bounds; never "all time" (triage is about a window). */
  range: Exclude<TimeRange, { kind: 'all' }>;
  group: string | null;
  sort: ErrorsSort;
  q: string;
}

export const DEFAULT_ERRORS_RANGE: ErrorsView['range'] = { kind: 'preset', preset: '24h' };
const GROUP_ID = /^[0-9a-f]{16}$/;
const Q_MAX = 100;

export function parseErrorsView(search: ErrorsSearch): { view: ErrorsView; dropped: DroppedValue[] } {
  const { view: instanceView, dropped } = parseInstanceView({
    range: search.range,
    from: search.from,
    to: search.to,
  });
  const range = instanceView.range.kind === 'all' ? DEFAULT_ERRORS_RANGE : instanceView.range;
  let group: string | null = null;
  if (search.group !== undefined) {
    if (GROUP_ID.test(search.group)) group = search.group;
    else dropped.push({ param: 'group', value: search.group, reason: 'not a group id' });
  }
  let sort: ErrorsSort = 'count';
  if (search.sort === 'recent') sort = 'recent';
  else if (search.sort !== undefined && search.sort !== 'count') {
    dropped.push({ param: 'sort', value: search.sort, reason: 'use count or recent' });
  }
  let q = (search.q ?? '').trim();
  if (q.length > Q_MAX) {
    dropped.push({ param: 'q', value: q, reason: `longer than ${Q_MAX} characters` });
    q = '';
  }
  return { view: { range, group, sort, q }, dropped };
}

/**
 * The inverse of parseErrorsView. A preset range is written out even when it is the 24 h default, so a
 * group's link says which window it counts (`/errors?group=<id>&range=24h`); other defaults are left out.
 */
export function serializeErrorsView(view: ErrorsView): ErrorsSearch {
  // `group` first, as the shared form reads: `/errors?group=<id>&range=24h`.
  const search: ErrorsSearch = {};
  if (view.group) search.group = view.group;
  if (view.range.kind === 'preset') search.range = view.range.preset;
  else {
    if (view.range.from !== null) search.from = formatIsoUtc(view.range.from);
    if (view.range.to !== null) search.to = formatIsoUtc(view.range.to);
  }
  if (view.sort !== 'count') search.sort = view.sort;
  if (view.q !== '') search.q = view.q;
  return search;
}

export const errorsSearchCodec: SearchCodec<ErrorsSearch> = {
  clean(raw): CleanedSearch<ErrorsSearch> {
    const picked = pickStrings(raw, ERRORS_SEARCH_KEYS);
    const { view, dropped } = parseErrorsView(picked);
    const search = serializeErrorsView(view);
    // The default window stays implicit when the link left it out.
    if (picked.range === undefined && picked.from === undefined && picked.to === undefined)
      delete search.range;
    return { search, dropped };
  },
};

export const validateErrorsSearch = lenientValidator(errorsSearchCodec, ERRORS_SEARCH_KEYS);
