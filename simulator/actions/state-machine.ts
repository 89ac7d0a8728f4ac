/**
 * # The simulator's instance state machine (the writes of the Workflows API)
 *
 * An instance that was acted on carries an overlay: its effective plan, re-planned at the moment of each
 * action from what had happened by then, so every read (list, get-instance, counts, /step) materialises the
 * same timeline and running instances keep advancing with the clock.
 *
 * - pause (running or waiting): waitingForPause while an attempt is in flight, paused once it ends (or
 *   250 ms later when nothing runs). From any other status it changes nothing and answers 200 with the
 *   status as it is (the local engine ignores it too).
 * - resume: paused -> queued (50 ms) -> on with the run, every timer in progress (sleep, event wait, retry
 *   backoff) and everything after it moved later by the time spent paused. waitingForPause -> the pause is
 *   cancelled and the run goes on as planned. Any other status: no change, 200. A seeded paused instance
 *   (no recorded pause) re-runs its unfinished step from the resume.
 * - terminate: any non-final status -> terminated at once; `rollback: true` first runs the compensations of
 *   the completed steps that register one, newest first (status rollingBack, `rollback` entries). From
 *   complete, errored or terminated: 409 (the reference says refused; the local engine's
 *   `instance.cannot_terminate`).
 * - restart: allowed from every status, as in the local engine (it aborts whatever runs and starts over);
 *   queued for 50 ms, then the steps run again with fresh outcomes. `from: { name, count = 1, type = "do" }`
 *   keeps the steps before the count-th `type` step named `name` (its name without the counter suffix) and
 *   re-runs from there; no such step in the history: 409 "Instance not in a restartable state." (the local
 *   engine's `instance.cannot_restart`). A restart never rolls back on its own.
 * - send event (type T): delivered to the open `waitForEvent` for T, which finishes with the event as its
 *   output; the steps after it run from then. With no open wait the local engine keeps the event for the
 *   next wait for T: so does this, if the instance's plan has one ahead (it finishes as soon as it opens);
 *   a paused instance keeps it until resumed. Otherwise (complete, errored, terminated, no such wait) the
 *   event is accepted (200) and dropped.
 * - create: a duplicate `instance_id` is refused with 409 (code 10405,
 *   `workflows.api.error.instance.already_exists`), as is a batch holding an existing or repeated id (the
 *   whole batch is refused, nothing is created); ids of `cf_` + 64 hex (reserved for the system) and the
 *   route words `batch`, `terminate`, `terminateAll` are refused with 400 "Provided Workflow ID is not valid.".
 * - delete: from any status (a running instance is aborted); unknown id: 404. batch/delete reports each
 *   unknown id in `errors` with code 10400 (`workflows.api.error.instance.not_found`).
 */
import type { RestartFrom, StatusChange } from '../../contract/writes.ts';
import { ApiFailure } from '../errors.ts';
import type { Plan, PlannedWait } from '../types.ts';
import {
  continueRun,
  REQUEUE_MS,
  type ReplanContext,
  replanRng,
  restartPlan,
  terminatePlan,
} from './replan.ts';
import {
  cutEntries,
  openAttemptAt,
  phasesBefore,
  phasesFrom,
  shiftFrom,
  statusAt,
  stepEntries,
} from './timeline.ts';

export interface Overlay {
  plan: Plan;
  /** While paused (or pausing): the plan as it would have gone on, and the moment it stopped. */
  suspended?: { at: number; plan: Plan };
  /** Events sent while paused, for the waits after the resume. */
  buffered: { type: string; payload: unknown }[];
  /** Re-plans so far: each draws fresh outcomes. */
  replans: number;
}

const FINAL = new Set(['complete', 'errored', 'terminated']);
const PAUSE_SETTLE_MS = 250;

export function changeStatus(ctx: ReplanContext, ov: Overlay, change: StatusChange, t: number): Overlay {
  switch (change.status) {
    case 'pause':
      return pause(ov, t);
    case 'resume':
      return resume(ctx, ov, t);
    case 'terminate': {
      if (FINAL.has(statusAt(ov.plan, t))) throw new ApiFailure('cannotTerminate');
      const plan = terminatePlan(
        ov.plan,
        cutEntries(ov.plan.entries, t),
        t,
        change.rollback === true,
        ov.replans,
      );
      return { plan, buffered: [], replans: ov.replans + 1 };
    }
    case 'restart': {
      const keep = change.from ? restartIndex(ov.plan, change.from) : 0;
      return { plan: restartPlan(ctx, ov.plan, keep, t, ov.replans), buffered: [], replans: ov.replans + 1 };
    }
  }
}

function pause(ov: Overlay, t: number): Overlay {
  const status = statusAt(ov.plan, t);
  if (status !== 'running' && status !== 'waiting') return ov;
  const open = openAttemptAt(ov.plan, t);
  const stopAt = open ? open.end : t;
  const pausedAt = open ? open.end : t + PAUSE_SETTLE_MS;
  const plan: Plan = {
    ...ov.plan,
    entries: cutEntries(ov.plan.entries, stopAt + (open ? 1 : 0)),
    end: null,
    phases: [
      ...phasesBefore(ov.plan.phases, t),
      { from: t, status: 'waitingForPause' },
      { from: pausedAt, status: 'paused' },
    ],
  };
  return { ...ov, plan, suspended: { at: stopAt, plan: ov.plan } };
}

function resume(ctx: ReplanContext, ov: Overlay, t: number): Overlay {
  const status = statusAt(ov.plan, t);
  if (status !== 'paused' && status !== 'waitingForPause') return ov;
  const before = phasesBefore(ov.plan.phases, t);
  let plan: Plan;
  let goesOnAt = t;
  if (ov.suspended && status === 'waitingForPause') {
    plan = { ...ov.suspended.plan, phases: [...before, ...phasesFrom(ov.suspended.plan.phases, t, 0)] };
  } else if (ov.suspended) {
    const { at, plan: rest } = ov.suspended;
    goesOnAt = t + REQUEUE_MS;
    const shift = goesOnAt - at;
    plan = {
      ...rest,
      entries: shiftFrom(rest, at, shift),
      end: rest.end === null ? null : rest.end + shift,
      phases: [...before, { from: t, status: 'queued' }, ...phasesFrom(rest.phases, at, shift)],
    };
  } else {
    // A seeded pause has no recorded future: the unfinished step and the rest run from the resume.
    goesOnAt = t + REQUEUE_MS;
    const kept = stepEntries(ov.plan).filter((e) => e.end <= t && !('interrupted' in e && e.interrupted));
    const rng = replanRng(ov.plan, 'resume', ov.replans);
    plan = continueRun(ctx, ov.plan, kept, goesOnAt, rng, [...before, { from: t, status: 'queued' }]);
  }
  let next: Overlay = { plan, buffered: [], replans: ov.replans + 1 };
  for (const event of ov.buffered) next = sendEvent(ctx, next, event.type, event.payload, goesOnAt);
  return next;
}

/** Index among the step entries of the count-th `type` step called `name` (without its counter suffix). */
function restartIndex(p: Plan, from: RestartFrom): number {
  const kind = from.type === 'sleep' ? 'sleep' : from.type === 'waitForEvent' ? 'wait' : 'do';
  let seen = 0;
  const steps = stepEntries(p);
  for (let k = 0; k < steps.length; k++) {
    const entry = steps[k];
    if (!entry || entry.kind !== kind || !('name' in entry)) continue;
    if (entry.name.replace(/-\d+$/, '') !== from.name) continue;
    seen++;
    if (seen === (from.count ?? 1)) return k;
  }
  throw new ApiFailure('notRestartable', `Step "${from.name}" not found in execution history`);
}

export function sendEvent(
  ctx: ReplanContext,
  ov: Overlay,
  type: string,
  payload: unknown,
  t: number,
): Overlay {
  const status = statusAt(ov.plan, t);
  if (FINAL.has(status) || status === 'rollingBack') return ov;
  if (status === 'paused' || status === 'waitingForPause') {
    return { ...ov, buffered: [...ov.buffered, { type, payload }] };
  }
  const steps = stepEntries(ov.plan);
  const waits = (k: number) => {
    const e = steps[k];
    return e?.kind === 'wait' && e.spec.eventType === type && !e.interrupted ? e : undefined;
  };
  let target = -1;
  for (let k = 0; k < steps.length && target < 0; k++) {
    const wait = waits(k);
    if (wait && wait.end > t) target = k;
  }
  const wait = steps[target] as PlannedWait | undefined;
  if (!wait) return ov;
  const at = Math.max(t, wait.start) + 1;
  const delivered: PlannedWait = { ...wait, end: at, delivered: true, payload: { value: payload } };
  const rng = replanRng(ov.plan, 'event', ov.replans);
  const kept = [...steps.slice(0, target), delivered];
  const plan = continueRun(ctx, ov.plan, kept, at + rng.int(3, 40), rng, phasesBefore(ov.plan.phases, at));
  return { plan, buffered: [], replans: ov.replans + 1 };
}
