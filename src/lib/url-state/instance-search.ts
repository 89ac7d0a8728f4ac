import {
  type CleanedSearch,
  type DroppedValue,
  lenientValidator,
  pickStrings,
  type SearchCodec,
} from './search-codec.ts';

/** The instance view's search params: the one list of its URL keys. */
export const INSTANCE_SEARCH_KEYS = ['order'] as const;

export type InstanceSearch = {
  /** Step order; `asc` is the default and is left out of the URL. */
  order?: 'desc';
};

export const instanceSearchCodec: SearchCodec<InstanceSearch> = {
  clean(raw): CleanedSearch<InstanceSearch> {
    const strings = pickStrings(raw, INSTANCE_SEARCH_KEYS);
    const dropped: DroppedValue[] = [];
    const search: InstanceSearch = {};
    if (strings.order === 'desc') search.order = 'desc';
    else if (strings.order !== undefined && strings.order !== 'asc')
      dropped.push({ param: 'order', value: strings.order, reason: 'expected asc or desc' });
    return { search, dropped };
  },
};

export const validateInstanceSearch = lenientValidator(instanceSearchCodec, INSTANCE_SEARCH_KEYS);
