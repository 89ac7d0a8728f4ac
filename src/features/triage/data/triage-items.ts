import type { InstanceDetail, InstanceSummary } from '../../../../contract/instances.ts';
import { failureOf } from '../../../lib/triage/cause.ts';
import type { TriageItem } from '../../../lib/triage/group.ts';

/** A triage item with what the view needs beside the grouping: the list row it came from. */
export interface InstanceFailure extends TriageItem {
  summary: InstanceSummary;
  /** The failing step as logged, with its counter (`charge-card-1`), for the link to its attempt. */
  stepName: string;
}

const cache = new WeakMap<InstanceDetail, InstanceFailure>();

function retriesOf(config: unknown): TriageItem['retries'] {
  if (!config || typeof config !== 'object' || !('retries' in config)) return null;
  const retries = (config as { retries?: unknown }).retries;
  if (!retries || typeof retries !== 'object') return null;
  const { limit, delay, backoff } = retries as Record<string, unknown>;
  return {
    limit: typeof limit === 'number' ? limit : undefined,
    delay: typeof delay === 'string' || typeof delay === 'number' ? delay : undefined,
    backoff: typeof backoff === 'string' ? backoff : undefined,
  };
}

export function toInstanceFailure(summary: InstanceSummary, detail: InstanceDetail): InstanceFailure {
  const cached = cache.get(detail);
  if (cached && cached.summary === summary) return cached;
  const failure = failureOf(detail);
  const item: InstanceFailure = {
    instanceId: summary.id,
    createdMs: Date.parse(summary.created_on),
    failure: { step: failure.step, errorName: failure.errorName, message: failure.message },
    attempt: failure.failing.attempt,
    attempts: failure.failing.attempts,
    retries: retriesOf(failure.failing.step?.config),
    summary,
    stepName: failure.failing.name,
  };
  cache.set(detail, item);
  return item;
}

/** The listed rows whose details have arrived, newest first. */
export function instanceFailures(
  rows: readonly InstanceSummary[],
  details: ReadonlyMap<string, InstanceDetail>,
): InstanceFailure[] {
  const out: InstanceFailure[] = [];
  for (const row of rows) {
    const detail = details.get(row.id);
    if (detail) out.push(toInstanceFailure(row, detail));
  }
  return out;
}
