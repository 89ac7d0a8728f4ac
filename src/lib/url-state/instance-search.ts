import {
  type CleanedSearch,
  type DroppedValue,
  lenientValidator,
  pickStrings,
  type SearchCodec,
} from './search-codec.ts';

/** The instance view's search params (PRODUCT.md "Shareable URLs"): the one list of its URL keys. */
export const INSTANCE_SEARCH_KEYS = [
  'order',
  'step',
  'attempt',
  'win',
  'fold',
  'kinds',
  'only',
  'q',
] as const;
export type InstanceSearchKey = (typeof INSTANCE_SEARCH_KEYS)[number];

/** All optional, as plain strings, defaults left out. */
export type InstanceSearch = Partial<Record<InstanceSearchKey, string>>;

/** Log entry types a `kinds=` filter may name. */
export const STEP_KINDS = ['step', 'sleep', 'waitForEvent', 'termination', 'rollback'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The instance view as the URL describes it; times are real ms since the instance was queued. */
export interface InstanceView {
  order: 'asc' | 'desc';
  /** The entry's name as in the log, prefixed with its type where ambiguous (`rollback:charge-card-1`). */
  step: string | null;
  /** 1-based; only with `step`. */
  attempt: number | null;
  /** The Gantt's visible window; null fits the whole instance. */
  win: readonly [number, number] | null;
  /** Idle folding, on by default (`fold=0`). */
  fold: boolean;
  kinds: readonly StepKind[] | null;
  only: 'failed' | 'retried' | null;
  q: string;
}

export const DEFAULT_INSTANCE_VIEW: InstanceView = {
  order: 'asc',
  step: null,
  attempt: null,
  win: null,
  fold: true,
  kinds: null,
  only: null,
  q: '',
};

const NON_NEGATIVE = /^\d+(\.\d+)?$/;

function parseWindow(value: string): readonly [number, number] | null {
  const parts = value.split(',');
  if (parts.length !== 2 || !parts.every((p) => NON_NEGATIVE.test(p))) return null;
  const start = Number(parts[0]);
  const end = Number(parts[1]);
  return end > start ? [start, end] : null;
}

/** Parses the params into the view; every value it cannot use is dropped and reported. */
export function parseInstanceSearch(raw: InstanceSearch): { view: InstanceView; dropped: DroppedValue[] } {
  const dropped: DroppedValue[] = [];
  const drop = (param: string, value: string, reason: string) => dropped.push({ param, value, reason });
  const view: InstanceView = { ...DEFAULT_INSTANCE_VIEW };
  if (raw.order === 'desc') view.order = 'desc';
  else if (raw.order !== undefined && raw.order !== 'asc') drop('order', raw.order, 'expected asc or desc');
  if (raw.step !== undefined) view.step = raw.step;
  if (raw.attempt !== undefined) {
    const n = Number(raw.attempt);
    if (!/^\d+$/.test(raw.attempt) || n < 1) drop('attempt', raw.attempt, 'expected a whole number from 1');
    else if (view.step === null) drop('attempt', raw.attempt, 'needs a step');
    else view.attempt = n;
  }
  if (raw.win !== undefined) {
    view.win = parseWindow(raw.win);
    if (!view.win) drop('win', raw.win, 'expected <start>,<end> in ms since queued, start before end');
  }
  if (raw.fold === '0') view.fold = false;
  else if (raw.fold !== undefined && raw.fold !== '1') drop('fold', raw.fold, 'expected 0 or 1');
  if (raw.kinds !== undefined) {
    const kinds: StepKind[] = [];
    for (const kind of raw.kinds.split(',')) {
      if ((STEP_KINDS as readonly string[]).includes(kind)) {
        if (!kinds.includes(kind as StepKind)) kinds.push(kind as StepKind);
      } else drop('kinds', kind, `expected ${STEP_KINDS.join(', ')}`);
    }
    view.kinds = kinds.length > 0 ? kinds : null;
  }
  if (raw.only === 'failed' || raw.only === 'retried') view.only = raw.only;
  else if (raw.only !== undefined) drop('only', raw.only, 'expected failed or retried');
  if (raw.q !== undefined) view.q = raw.q;
  return { view, dropped };
}

/** Writes the view back as params, defaults left out; window edges are whole milliseconds. */
export function serializeInstanceSearch(view: InstanceView): InstanceSearch {
  const out: InstanceSearch = {};
  if (view.order === 'desc') out.order = 'desc';
  if (view.step !== null) {
    out.step = view.step;
    if (view.attempt !== null) out.attempt = String(view.attempt);
  }
  if (view.win) {
    const start = Math.max(0, Math.floor(view.win[0]));
    out.win = `${start},${Math.max(start + 1, Math.ceil(view.win[1]))}`;
  }
  if (!view.fold) out.fold = '0';
  if (view.kinds && view.kinds.length > 0) out.kinds = view.kinds.join(',');
  if (view.only) out.only = view.only;
  if (view.q !== '') out.q = view.q;
  return out;
}

export const instanceSearchCodec: SearchCodec<InstanceSearch> = {
  clean(raw): CleanedSearch<InstanceSearch> {
    const { view, dropped } = parseInstanceSearch(pickStrings(raw, INSTANCE_SEARCH_KEYS));
    return { search: serializeInstanceSearch(view), dropped };
  },
};

export const validateInstanceSearch = lenientValidator(instanceSearchCodec, INSTANCE_SEARCH_KEYS);
