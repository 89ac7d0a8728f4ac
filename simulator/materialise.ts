import type {
  InstanceGetResponse,
  InstanceListResponse,
  InstanceStepResponse,
} from 'cloudflare/resources/workflows/instances/instances';
import { iso } from './duration.ts';
import { createRng, mixSeed } from './rng.ts';
import type { PlannedAttempt, PlannedDo, PlannedEntry, PlannedWait } from './types.ts';
import type { WorkflowStore } from './workflow-store.ts';

type Step = InstanceGetResponse['steps'][number];

/** Step outputs above this many characters are truncated in the instance log; `/step` returns them whole. */
export const LOG_OUTPUT_LIMIT = 1024;
export const REDACTED = '[REDACTED]';
const FINAL = new Set(['complete', 'errored', 'terminated']);

export function instanceRow(store: WorkflowStore, i: number, t: number): InstanceListResponse {
  const { status, modified } = store.stateAt(i, t);
  const start = store.plan(i).start;
  const ended = FINAL.has(status);
  return {
    id: store.ids[i] ?? '',
    created_on: iso(store.created[i] ?? 0),
    modified_on: iso(modified),
    started_on: t >= start ? iso(start) : null,
    ended_on: ended ? iso(modified) : null,
    status,
    trigger_source: store.triggers[i] ?? 'unknown',
    version_id: store.meta.versions[store.versions[i] ?? 0]?.id ?? '',
    workflow_id: store.meta.id,
  };
}

export function instanceParams(store: WorkflowStore, i: number): unknown {
  const p = store.plan(i);
  if (p.params) return p.params.value;
  return store.meta.def.params(createRng(mixSeed(p.seed, 'params')), p.shape, p.created);
}

/** The value a step (or delivered event) returned, regenerated from its own seed. */
export function entryOutput(store: WorkflowStore, i: number, entry: PlannedDo | PlannedWait): unknown {
  const p = store.plan(i);
  if (entry.kind === 'do' && entry.type === 'rollback') return null;
  if (entry.kind === 'wait' && entry.payload) return entry.payload.value;
  return entry.spec.output(createRng(mixSeed(p.seed, 'output', entry.index)), p.shape, p.created);
}

function logOutput(value: unknown, sensitive: boolean): string {
  if (sensitive) return REDACTED;
  const text = JSON.stringify(value) ?? 'null';
  return text.length > LOG_OUTPUT_LIMIT
    ? `${text.slice(0, LOG_OUTPUT_LIMIT)}…[truncated ${text.length} chars]`
    : text;
}

const at = (x: number, t: number) => (x <= t ? iso(x) : null);

function attemptAt(a: PlannedAttempt, t: number): InstanceGetResponse.UnionMember0.Attempt {
  const done = a.end <= t;
  return {
    start: iso(a.start),
    end: done ? iso(a.end) : null,
    success: done ? a.ok : null,
    error: done ? a.error : null,
  };
}

function stepAt(store: WorkflowStore, i: number, entry: PlannedEntry, t: number): Step {
  switch (entry.kind) {
    case 'do': {
      const done = entry.end <= t;
      const sensitive = entry.spec.config.sensitive === 'output';
      return {
        type: entry.type,
        name: entry.name,
        start: iso(entry.start),
        end: done ? iso(entry.end) : null,
        success: done ? entry.ok : null,
        output: done && entry.ok ? logOutput(entryOutput(store, i, entry), sensitive) : null,
        attempts: entry.attempts.filter((a) => a.start <= t).map((a) => attemptAt(a, t)),
        config: entry.spec.config,
      };
    }
    case 'sleep':
      return {
        type: 'sleep',
        name: entry.name,
        start: iso(entry.start),
        end: iso(entry.end),
        finished: !entry.interrupted && entry.end <= t,
        error: null,
      };
    case 'wait': {
      const done = entry.end <= t && !entry.interrupted;
      const step: Step = {
        type: 'waitForEvent',
        name: entry.name,
        start: iso(entry.start),
        // While waiting, `end` is the deadline (the SDK types it as always present).
        end: done
          ? iso(entry.end)
          : iso(Math.min(entry.start + entry.spec.timeoutMs, entry.interrupted ? entry.end : Infinity)),
        finished: done && entry.delivered,
        error: done && !entry.delivered ? waitTimeout(entry) : null,
        event_type: entry.spec.eventType,
      };
      if (done && entry.delivered) step.output = logOutput(entryOutput(store, i, entry), false);
      return step;
    }
    case 'termination':
      return { type: 'termination', trigger: { source: entry.source } };
  }
}

export function waitTimeout(entry: PlannedWait) {
  return {
    name: 'WorkflowTimeoutError',
    message: `waitForEvent '${entry.spec.eventType}' timed out after ${entry.spec.timeoutMs}ms`,
  };
}

export interface DetailOptions {
  order: 'asc' | 'desc';
  simple: boolean;
}

export function instanceDetail(
  store: WorkflowStore,
  i: number,
  t: number,
  options: DetailOptions,
): InstanceGetResponse {
  const p = store.plan(i);
  const { status, modified } = store.stateAt(i, t);
  const final = FINAL.has(status);
  const visible = p.entries.filter((e) => e.start <= t);
  const def = store.meta.def;
  const steps = options.simple ? [] : visible.map((e) => stepAt(store, i, e, t));
  if (options.order === 'desc') steps.reverse();
  const detail: InstanceGetResponse = {
    status,
    params: instanceParams(store, i),
    trigger: { source: store.triggers[i] ?? 'unknown' },
    versionId: store.meta.versions[store.versions[i] ?? 0]?.id ?? '',
    queued: iso(p.created),
    start: at(p.start, t),
    end: final ? iso(modified) : null,
    success: status === 'complete' ? true : final ? false : null,
    error: status === 'errored' ? p.error : null,
    output:
      status === 'complete'
        ? JSON.stringify(def.output(createRng(mixSeed(p.seed, 'result')), p.shape, p.created))
        : '',
    rollback: final ? p.rollback : null,
    step_count: visible.length,
    steps,
  };
  if (def.cron) detail.schedule = { cron: def.cron.expression, scheduledTime: p.created };
  return detail;
}

export function stepOutputAt(
  store: WorkflowStore,
  i: number,
  entry: PlannedDo | PlannedWait,
  attempt: number | null,
  t: number,
): InstanceStepResponse {
  if (entry.kind === 'wait') {
    const done = entry.end <= t && !entry.interrupted;
    if (!done) return { status: 'waiting', error: null, event_type: entry.spec.eventType };
    if (!entry.delivered)
      return { status: 'errored', error: waitTimeout(entry), event_type: entry.spec.eventType };
    return {
      status: 'complete',
      error: null,
      event_type: entry.spec.eventType,
      output: entryOutput(store, i, entry),
    };
  }
  const sensitive = entry.spec.config.sensitive === 'output';
  const output = () => (sensitive ? REDACTED : entryOutput(store, i, entry));
  const attempts = entry.attempts.filter((a) => a.start <= t);
  const a = attempt === null ? attempts[attempts.length - 1] : attempts[attempt - 1];
  if (!a) return { status: 'running', error: null };
  if (a.end > t) return { status: 'running', error: null };
  if (attempt === null && entry.end > t) return { status: 'waiting', error: null };
  if (!a.ok) return { status: 'errored', error: a.error };
  return { status: 'complete', error: null, output: output() };
}
