import { INSTANCE_STATUSES } from '../contract/status.ts';
import type { WorkflowMeta } from './catalogue.ts';
import { phaseAt } from './phases.ts';
import { FATE, type Fate, planInstance } from './plan-instance.ts';
import { draftInstances } from './population.ts';
import type { IncidentFn } from './rhythm.ts';
import type { InstanceStatus, Plan, TriggerSource } from './types.ts';

const PLAN_CACHE = 8192;
const HINTS = 2;

/** One workflow's instances as compact columns, sorted by (created, id); timelines are planned on demand. */
export interface WorkflowStore {
  readonly meta: WorkflowMeta;
  readonly size: number;
  readonly created: Float64Array;
  readonly ids: readonly string[];
  readonly triggers: readonly TriggerSource[];
  readonly versions: Uint8Array;
  readonly byId: ReadonlyMap<string, number>;
  plan(index: number): Plan;
  /** Status and modified time of instance `index` at clock `t` (t >= its creation). */
  stateAt(index: number, t: number): { status: InstanceStatus; modified: number };
}

export function buildStore(
  meta: WorkflowMeta,
  seed: number,
  anchor: number,
  total: number,
  incident: IncidentFn,
): WorkflowStore {
  const drafts = draftInstances(meta, seed, anchor, total);
  const size = drafts.length;
  const created = new Float64Array(size);
  const seeds = new Uint32Array(size);
  const fates = new Uint8Array(size);
  const fateAt = new Float64Array(size);
  const versions = new Uint8Array(size);
  const start = new Float64Array(size);
  const end = new Float64Array(size);
  const final = new Uint8Array(size);
  // The longest waiting phases (sleeps, event waits) answer "waiting" without re-planning.
  const hints = new Float64Array(size * HINTS * 2);
  const ids: string[] = new Array(size);
  const triggers: TriggerSource[] = new Array(size);
  const byId = new Map<string, number>();
  const cache = new Map<number, Plan>();
  // Showcases with thousands of steps (up to 25,000) are planned on first use, not at start-up.
  const deferred = new Uint8Array(size);
  const summarise = (i: number, p: Plan) => {
    start[i] = p.start;
    end[i] = p.end ?? Number.NaN;
    final[i] = INSTANCE_STATUSES.indexOf((p.phases[p.phases.length - 1] ?? { status: 'queued' }).status);
    storeHints(hints, i, p);
  };

  const makePlan = (i: number) =>
    planInstance({
      def: meta.def,
      seed: seeds[i] ?? 0,
      created: created[i] ?? 0,
      fate: (fates[i] ?? 0) as Fate,
      fateAt: fateAt[i] ?? 0,
      incident,
    });
  const plan = (i: number): Plan => {
    const hit = cache.get(i);
    if (hit) return hit;
    const fresh = makePlan(i);
    if (deferred[i]) {
      deferred[i] = 0;
      summarise(i, fresh);
    }
    if (cache.size >= PLAN_CACHE) cache.delete(cache.keys().next().value as number);
    cache.set(i, fresh);
    return fresh;
  };

  drafts.forEach((d, i) => {
    created[i] = d.created;
    seeds[i] = d.seed;
    fates[i] = d.fate;
    fateAt[i] = d.fateAt;
    versions[i] = d.version;
    ids[i] = d.id;
    triggers[i] = d.trigger;
    byId.set(d.id, i);
    if (d.fate === FATE.large || d.fate === FATE.huge) deferred[i] = 1;
    else summarise(i, makePlan(i));
  });

  const stateAt = (i: number, t: number): { status: InstanceStatus; modified: number } => {
    if (deferred[i]) plan(i);
    const s = start[i] ?? 0;
    if (t < s) return { status: 'queued', modified: created[i] ?? 0 };
    const e = end[i] ?? Number.NaN;
    if (t >= e) return { status: INSTANCE_STATUSES[final[i] ?? 0] ?? 'complete', modified: e };
    for (let h = 0; h < HINTS; h++) {
      const from = hints[(i * HINTS + h) * 2] ?? 0;
      if (t >= from && t < (hints[(i * HINTS + h) * 2 + 1] ?? 0))
        return { status: 'waiting', modified: from };
    }
    const p = plan(i);
    const phase = phaseAt(p.phases, t);
    return { status: phase?.status ?? 'queued', modified: lastEventAt(p, t) };
  };

  return { meta, size, created, ids, triggers, versions, byId, plan, stateAt };
}

function storeHints(hints: Float64Array, i: number, p: Plan) {
  const waits: [number, number][] = [];
  for (let k = 0; k < p.phases.length - 1; k++) {
    const phase = p.phases[k];
    const next = p.phases[k + 1];
    if (phase?.status === 'waiting' && next) waits.push([phase.from, next.from]);
  }
  waits.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
  for (let h = 0; h < HINTS && h < waits.length; h++) {
    const w = waits[h] as [number, number];
    hints[(i * HINTS + h) * 2] = w[0];
    hints[(i * HINTS + h) * 2 + 1] = w[1];
  }
}

/** The latest thing that happened at or before `t`: what modified_on reports. */
export function lastEventAt(p: Plan, t: number): number {
  let last = p.created;
  const see = (x: number) => {
    if (x <= t && x > last) last = x;
  };
  see(p.start);
  for (const phase of p.phases) see(phase.from);
  for (const entry of p.entries) {
    see(entry.start);
    see(entry.end);
    if (entry.kind === 'do') for (const a of entry.attempts) see(a.end);
  }
  return last;
}
