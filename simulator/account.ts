import { INSTANCE_STATUSES } from '../contract/status.ts';
import { createLiveStore, type LiveStore } from './actions/live-store.ts';
import { WORKFLOW_DEFS, workflowMeta } from './catalogue.ts';
import { upperBound } from './cursor.ts';
import { incidentsFor } from './rhythm.ts';
import type { InstanceStatus } from './types.ts';
import { buildStore, type WorkflowStore } from './workflow-store.ts';

/** Statuses of every instance visible at one clock time, computed in one pass and kept for that time. */
export interface Snapshot {
  t: number;
  /** The store's revision it was computed at: a write makes it stale even at the same clock time. */
  revision: number;
  /** Instances [0, visible) exist at t. */
  visible: number;
  status: Uint8Array;
  counts: Record<InstanceStatus, number>;
}

export interface Account {
  stores: ReadonlyMap<string, LiveStore>;
  snapshot(store: WorkflowStore, t: number): Snapshot;
}

export function buildAccount(seed: number, anchor: number, instances: number): Account {
  const incident = incidentsFor(anchor);
  const stores = new Map<string, LiveStore>();
  for (const def of WORKFLOW_DEFS) {
    const seeded = buildStore(workflowMeta(def, seed, anchor), seed, anchor, instances, incident);
    stores.set(def.name, createLiveStore(seeded, { def, incident }));
  }
  const snapshots = new Map<string, Snapshot>();
  const snapshot = (store: WorkflowStore, t: number): Snapshot => {
    const hit = snapshots.get(store.meta.def.name);
    const revision = 'revision' in store && typeof store.revision === 'number' ? store.revision : 0;
    if (hit && hit.t === t && hit.revision === revision) return hit;
    const visible = upperBound(store.created, t);
    const status = new Uint8Array(visible);
    const counts = Object.fromEntries(INSTANCE_STATUSES.map((s) => [s, 0])) as Record<InstanceStatus, number>;
    for (let i = 0; i < visible; i++) {
      const s = store.stateAt(i, t).status;
      status[i] = INSTANCE_STATUSES.indexOf(s);
      counts[s]++;
    }
    const fresh = { t, revision, visible, status, counts };
    snapshots.set(store.meta.def.name, fresh);
    return fresh;
  };
  return { stores, snapshot };
}
