import { type InstanceDetail, instanceDetailSchema } from '../../../../../contract/instances.ts';

/** Test instances written as the API returns them; times are ms after QUEUED. */
export const QUEUED = Date.UTC(2026, 7, 14, 12);
export const iso = (ms: number) => new Date(QUEUED + ms).toISOString();
const SEC = 1000;

export function instance(overrides: Record<string, unknown>): InstanceDetail {
  return instanceDetailSchema.parse({
    status: 'complete',
    params: {},
    trigger: { source: 'api' },
    versionId: 'v1',
    queued: iso(0),
    start: iso(1 * SEC),
    end: iso(600 * SEC),
    success: true,
    error: null,
    output: '',
    rollback: null,
    step_count: 0,
    steps: [],
    ...overrides,
  });
}

export const DEFAULT_CONFIG = {
  retries: { limit: 5, delay: 10_000, backoff: 'exponential' },
  timeout: '30 seconds',
};

/** Attempts given as [start, end|null, ok|null, errorName?] in seconds after queued. */
export function doStep(
  name: string,
  attempts: [number, number | null, boolean | null, string?][],
  extra: Record<string, unknown> = {},
) {
  const last = attempts[attempts.length - 1];
  const ended = last && last[1] !== null && (last[2] === true || extra.exhausted === true);
  const { exhausted: _, ...rest } = extra;
  return {
    type: 'step',
    name,
    start: iso((attempts[0]?.[0] ?? 0) * SEC),
    end: ended && last[1] !== null ? iso(last[1] * SEC) : null,
    success: ended ? last[2] : null,
    output: null,
    config: DEFAULT_CONFIG,
    attempts: attempts.map(([s, e, ok, err]) => ({
      start: iso(s * SEC),
      end: e === null ? null : iso(e * SEC),
      success: ok,
      error: err ? { name: err, message: `${err} happened` } : null,
    })),
    ...rest,
  };
}
