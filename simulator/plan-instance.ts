import { runPhases } from './phases.ts';
import { planDo } from './plan-steps.ts';
import { createRng, mixSeed, type Rng } from './rng.ts';
import type { ErrorInfo, InstanceStatus, Phase, Plan, PlannedDo, PlannedEntry, Shape } from './types.ts';
import type { WorkflowDef } from './workflow-def.ts';

/** How an instance's story ends. Natural ones are drawn from the seed; the others are forced showcases. */
export const FATE = {
  natural: 0,
  terminated: 1,
  paused: 2,
  waitingForPause: 3,
  rollingBack: 4,
  queued: 5,
  large: 6,
  /** The workflow's largest showcase shape (Cloudflare's 25,000-step maximum). */
  huge: 7,
} as const;
export type Fate = (typeof FATE)[keyof typeof FATE];

export interface PlanInput {
  def: WorkflowDef;
  seed: number;
  created: number;
  fate: Fate;
  /** For forced fates: when the pause, termination or start happens. */
  fateAt: number;
  incident: (name: string, at: number) => number;
}

export interface Run {
  entries: PlannedEntry[];
  gaps: [number, number][];
  /** When the run stopped: last entry's end, or the failure. */
  end: number;
  error: ErrorInfo | null;
}

export function planInstance(input: PlanInput): Plan {
  const { def, seed, created, fate } = input;
  const rng = createRng(mixSeed(seed, 'plan'));
  const drawn = def.shape(rng);
  const shape: Shape =
    fate === FATE.large && def.largeShape
      ? def.largeShape
      : fate === FATE.huge && def.hugeShape
        ? def.hugeShape
        : drawn;
  const specs = def.steps({ rng, shape, created, incident: (name) => input.incident(name, created) });
  const backlog = rng.chance(0.03) ? rng.int(5_000, 240_000) : rng.int(20, 1_500);
  const start = fate === FATE.queued ? Math.max(input.fateAt, created + 1) : created + backlog;
  const run = runSteps(specs, start + rng.int(5, 60), rng);
  const base = { seed, created, start, shape, rollback: null } as const;
  const queued: Phase = { from: created, status: 'queued' };
  const ended = (final: InstanceStatus, until: number, extra: Partial<Plan> = {}): Plan => ({
    ...base,
    entries: run.entries,
    end: until,
    error: null,
    ...extra,
    phases: [queued, ...runPhases(run.entries, run.gaps, start, until), { from: until, status: final }],
  });

  if (fate === FATE.paused || fate === FATE.waitingForPause) {
    const at = clampInto(input.fateAt, start, run.end);
    const open = openAttemptAt(run.entries, at);
    const stopsAt = fate === FATE.paused && open ? open.end : fate === FATE.paused ? at : Infinity;
    cut(run, stopsAt);
    const phases = [
      queued,
      ...runPhases(run.entries, run.gaps, start, at),
      { from: at, status: 'waitingForPause' as const },
    ];
    if (stopsAt < Infinity) phases.push({ from: Math.max(stopsAt, at), status: 'paused' });
    return { ...base, entries: run.entries, end: null, error: null, phases };
  }
  const forced = fate === FATE.terminated || fate === FATE.rollingBack;
  const terminate = forced || (fate === FATE.natural && rng.chance(def.terminateP));
  if (terminate) {
    const at = forced ? clampInto(input.fateAt, start, run.end) : start + rng.next() * (run.end - start);
    cut(run, at);
    run.entries.push({ kind: 'termination', start: at, end: at, source: rng.chance(0.7) ? 'api' : 'user' });
    run.end = at;
  }
  const failed = run.error !== null && !terminate;
  const final: InstanceStatus = terminate ? 'terminated' : failed ? 'errored' : 'complete';
  const compensate = fate === FATE.rollingBack || ((terminate || failed) && rng.chance(def.rollbackP));
  const done = run.entries.filter(
    (e): e is PlannedDo => e.kind === 'do' && e.type === 'step' && e.ok && !!e.spec.rollback,
  );
  if (!compensate || done.length === 0) {
    return ended(final, run.end + (final === 'complete' ? rng.int(5, 80) : 0), {
      error: failed ? run.error : null,
    });
  }
  const rollback = runRollback(done.reverse(), run.end + rng.int(10, 200), rng, fate === FATE.rollingBack);
  const stepPhases = runPhases(run.entries, run.gaps, start, run.end);
  run.entries.push(...rollback.entries);
  const phases: Phase[] = [queued, ...stepPhases, { from: run.end, status: 'rollingBack' }];
  if (fate === FATE.rollingBack)
    return { ...base, entries: run.entries, end: null, error: run.error, phases };
  phases.push({ from: rollback.end, status: final });
  const outcome = rollback.error ? 'failed' : 'complete';
  return {
    ...base,
    entries: run.entries,
    end: rollback.end,
    error: failed ? run.error : null,
    rollback: { outcome, error: rollback.error },
    phases,
  };
}

/**
 * Runs `specs` in order from `from`. A re-plan that continues an instance part-way (restart from a step, an
 * event delivered) passes the name counters and entry index reached so far, so names and output seeds match.
 */
export function runSteps(
  specs: ReturnType<WorkflowDef['steps']>,
  from: number,
  rng: Rng,
  resume: { counters?: Map<string, number>; indexBase?: number } = {},
): Run {
  const entries: PlannedEntry[] = [];
  const gaps: [number, number][] = [];
  const counters = resume.counters ?? new Map<string, number>();
  const indexBase = resume.indexBase ?? 0;
  const named = (name: string) => {
    const n = (counters.get(name) ?? 0) + 1;
    counters.set(name, n);
    return `${name}-${n}`;
  };
  let t = from;
  let groupStart = from;
  let groupEnd = from;
  let error: ErrorInfo | null = null;
  for (let i = 0; i < specs.length && !error; i++) {
    const spec = specs[i] as (typeof specs)[number];
    if (spec.kind === 'do') {
      const prev = specs[i - 1];
      const inGroup = spec.group !== undefined && prev?.kind === 'do' && prev.group === spec.group;
      const at = inGroup ? groupStart + rng.int(0, 15) : t;
      if (!inGroup) groupStart = at;
      const outcome = planDo(spec, at, rng, gaps);
      entries.push({
        kind: 'do',
        type: 'step',
        name: named(spec.name),
        spec,
        index: indexBase + entries.length,
        start: at,
        end: outcome.end,
        ok: outcome.ok,
        attempts: outcome.attempts,
      });
      groupEnd = inGroup ? Math.max(groupEnd, outcome.end) : outcome.end;
      const next = specs[i + 1];
      const groupGoesOn = spec.group !== undefined && next?.kind === 'do' && next.group === spec.group;
      if (!outcome.ok && !spec.caught) error = outcome.error;
      if (!groupGoesOn) t = groupEnd + rng.int(3, 60);
      if (error) t = groupEnd;
    } else if (spec.kind === 'sleep') {
      entries.push({ kind: 'sleep', name: named(spec.name), start: t, end: t + spec.ms });
      t += spec.ms + rng.int(3, 40);
    } else {
      const delivered = rng.chance(spec.deliverP);
      const end = t + (delivered ? rng.int(spec.delay[0], spec.delay[1]) : spec.timeoutMs);
      entries.push({
        kind: 'wait',
        name: named(spec.name),
        spec,
        index: indexBase + entries.length,
        start: t,
        end,
        delivered,
      });
      if (!delivered && !spec.caught)
        error = {
          name: 'WorkflowTimeoutError',
          message: `waitForEvent '${spec.eventType}' timed out after ${spec.timeoutMs}ms`,
        };
      t = end + rng.int(3, 40);
    }
  }
  return { entries, gaps, end: t, error };
}

function runRollback(done: PlannedDo[], from: number, rng: Rng, stuck: boolean) {
  const entries: PlannedDo[] = [];
  let t = from;
  let error: ErrorInfo | null = null;
  for (const original of done) {
    const outcome = planDo(original.spec, t, rng, [], 0.6);
    entries.push({ ...original, ...outcome, type: 'rollback', start: t });
    if (!outcome.ok) {
      error = outcome.error;
      break;
    }
    t = outcome.end + rng.int(3, 40);
  }
  const last = entries[entries.length - 1];
  if (stuck && last) {
    last.attempts = [{ start: last.start, end: Infinity, ok: false, error: null }];
    last.end = Infinity;
    last.ok = false;
  }
  return { entries, end: t, error };
}

function clampInto(at: number, start: number, end: number): number {
  return Math.min(Math.max(at, start + 1), start + Math.max(1, (end - start) * 0.95));
}

function openAttemptAt(entries: readonly PlannedEntry[], t: number) {
  for (const entry of entries) {
    if (entry.kind !== 'do') continue;
    for (const a of entry.attempts) if (a.start <= t && a.end > t) return a;
  }
  return undefined;
}

/** Everything after `at` never happens; what was in flight at `at` stays open for good. */
function cut(run: Run, at: number) {
  run.entries = run.entries.filter((e) => e.start <= at);
  run.gaps = run.gaps.filter(([a]) => a < at).map(([a, b]) => [a, Math.min(b, at)]);
  for (const entry of run.entries) {
    if (entry.end <= at) continue;
    if (entry.kind === 'do') {
      entry.attempts = entry.attempts
        .filter((a) => a.start <= at)
        .map((a) => (a.end > at ? { ...a, end: Infinity, ok: false, error: null } : a));
      entry.end = Infinity;
      entry.ok = false;
    } else if (entry.kind === 'sleep' || entry.kind === 'wait') {
      entry.end = at;
      entry.interrupted = true;
    }
  }
  run.error = null;
}
