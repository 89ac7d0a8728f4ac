import { runPhases } from '../phases.ts';
import { runSteps } from '../plan-instance.ts';
import { planDo } from '../plan-steps.ts';
import { createRng, mixSeed, type Rng } from '../rng.ts';
import type { Phase, Plan, PlannedDo, PlannedEntry, StepSpec } from '../types.ts';
import type { WorkflowDef } from '../workflow-def.ts';
import { countersAfter, phasesBefore, stepEntries } from './timeline.ts';

/** What a re-plan needs besides the plan: the workflow's definition and its incident windows. */
export interface ReplanContext {
  def: WorkflowDef;
  incident: (name: string, at: number) => number;
}

/** Queue time between a restart or resume and the run going on (the engine picks the instance up again). */
export const REQUEUE_MS = 50;

/**
 * The step specs an instance runs, regenerated exactly as planInstance draws them: the shape is drawn first
 * from the plan seed's rng (and replaced for showcase shapes), then the specs from the same rng.
 */
export function stepSpecs(ctx: ReplanContext, p: Plan): StepSpec[] {
  const rng = createRng(mixSeed(p.seed, 'plan'));
  ctx.def.shape(rng);
  return ctx.def.steps({
    rng,
    shape: p.shape,
    created: p.created,
    incident: (name) => ctx.incident(name, p.created),
  });
}

/** A fresh rng for the n-th re-plan of an instance: a re-run draws new outcomes. */
export function replanRng(p: Plan, salt: string, n: number): Rng {
  return createRng(mixSeed(p.seed, salt, n));
}

/**
 * Keeps `kept` (the first step entries, in spec order) and runs the remaining specs from `at`; the instance
 * ends complete, or errored at an uncaught failure. `before` are the phases up to `from` (the moment the
 * re-plan takes over, shown as `lead` until `at` when given).
 */
export function continueRun(
  ctx: ReplanContext,
  p: Plan,
  kept: readonly PlannedEntry[],
  at: number,
  rng: Rng,
  before: Phase[],
): Plan {
  const specs = stepSpecs(ctx, p);
  const run = runSteps(specs.slice(kept.length), at, rng, {
    counters: countersAfter(specs, kept.length),
    indexBase: kept.length,
  });
  const final = run.error ? 'errored' : 'complete';
  const end = run.error ? run.end : run.end + rng.int(5, 80);
  const entries = [...kept, ...run.entries];
  const phases = [...before, ...runPhases(entries, run.gaps, at, end), { from: end, status: final } as const];
  return { ...p, entries, end, error: run.error, rollback: null, phases };
}

/**
 * Terminates at `at`: what ran stays, what was in flight is cut. With `rollback`, the compensations of the
 * completed steps that register one run in reverse order first (status rollingBack), then the termination.
 */
export function terminatePlan(p: Plan, cut: PlannedEntry[], at: number, rollback: boolean, n: number): Plan {
  const rng = replanRng(p, 'terminate', n);
  const before = phasesBefore(p.phases, at);
  const start = p.start > at ? Infinity : p.start;
  const done = cut.filter(
    (e): e is PlannedDo => e.kind === 'do' && e.type === 'step' && e.ok && e.end <= at && !!e.spec.rollback,
  );
  if (!rollback || done.length === 0) {
    const entries: PlannedEntry[] = [...cut, { kind: 'termination', start: at, end: at, source: 'api' }];
    return {
      ...p,
      start,
      entries,
      end: at,
      error: null,
      rollback: null,
      phases: [...before, { from: at, status: 'terminated' }],
    };
  }
  const compensations: PlannedDo[] = [];
  let t = at + rng.int(10, 200);
  for (const original of done.reverse()) {
    const outcome = planDo(original.spec, t, rng, [], 0);
    compensations.push({ ...original, ...outcome, type: 'rollback', start: t });
    t = outcome.end + rng.int(3, 40);
  }
  const entries: PlannedEntry[] = [
    ...cut,
    ...compensations,
    { kind: 'termination', start: t, end: t, source: 'api' },
  ];
  const phases: Phase[] = [...before, { from: at, status: 'rollingBack' }, { from: t, status: 'terminated' }];
  return {
    ...p,
    start,
    entries,
    end: t,
    error: null,
    rollback: { outcome: 'complete', error: null },
    phases,
  };
}

/** Restart: from the beginning (the log starts over), or from a step (the steps before it are kept). */
export function restartPlan(ctx: ReplanContext, p: Plan, keep: number, at: number, n: number): Plan {
  const rng = replanRng(p, 'restart', n);
  const runAt = at + REQUEUE_MS;
  const kept = stepEntries(p).slice(0, keep);
  const before: Phase[] = [...phasesBefore(p.phases, at), { from: at, status: 'queued' }];
  const restarted = continueRun(ctx, p, kept, runAt + rng.int(5, 60), rng, before);
  return keep === 0 ? { ...restarted, start: runAt } : restarted;
}

/** A brand-new instance (create-instance): queued for a moment, then the workflow's steps from the start. */
export function createdPlan(ctx: ReplanContext, id: string, created: number, params: unknown): Plan {
  const seed = mixSeed(id, created, 'created');
  const rng = createRng(mixSeed(seed, 'plan'));
  const shape = ctx.def.shape(rng);
  const start = created + rng.int(20, 400);
  const base: Plan = {
    seed,
    created,
    start,
    end: null,
    phases: [{ from: created, status: 'queued' }],
    entries: [],
    error: null,
    rollback: null,
    shape,
    params: { value: params },
  };
  return continueRun(ctx, base, [], start + rng.int(5, 60), replanRng(base, 'run', 0), [
    { from: created, status: 'queued' },
  ]);
}
