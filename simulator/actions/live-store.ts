import type { InstanceStatus, Plan, TriggerSource } from '../types.ts';
import { lastEventAt, type WorkflowStore } from '../workflow-store.ts';
import type { ReplanContext } from './replan.ts';
import type { Overlay } from './state-machine.ts';
import { statusAt } from './timeline.ts';

interface AddedInstance {
  id: string;
  created: number;
  trigger: TriggerSource;
  version: number;
}

/**
 * A workflow's instances as the API shows them after writes: the seeded store plus created instances, minus
 * deleted ones, with an overlay (the re-planned timeline) for each instance acted on. Same shape as the
 * seeded store, so every read path serves both; `revision` changes with every write (snapshot caches key on it).
 */
export interface LiveStore extends WorkflowStore {
  readonly revision: number;
  readonly context: ReplanContext;
  overlay(index: number): Overlay;
  setOverlay(index: number, overlay: Overlay): void;
  add(instance: AddedInstance, plan: Plan): void;
  remove(index: number): void;
}

export function createLiveStore(base: WorkflowStore, context: ReplanContext): LiveStore {
  let created = base.created;
  let ids: readonly string[] = base.ids;
  let triggers: readonly TriggerSource[] = base.triggers;
  let versions = base.versions;
  let byId: ReadonlyMap<string, number> = base.byId;
  /** Per merged index: the seeded index, or -1 for an instance created through the API. */
  let source = Int32Array.from({ length: base.size }, (_, i) => i);
  let revision = 0;
  const overlays = new Map<string, Overlay>();
  /** Per merged index: 1 when the instance has an overlay (the hot read paths skip the map lookup). */
  let acted = new Uint8Array(base.size);

  const idAt = (i: number) => ids[i] ?? '';
  const plan = (i: number): Plan =>
    (acted[i] ? overlays.get(idAt(i))?.plan : undefined) ?? base.plan(source[i] ?? 0);
  const rebuild = (keep: (i: number) => boolean, extra?: { at: number; added: AddedInstance }) => {
    const order: number[] = [];
    for (let i = 0; i < created.length; i++) {
      if (extra && extra.at === i) order.push(-1);
      if (keep(i)) order.push(i);
    }
    if (extra && extra.at >= created.length) order.push(-1);
    const pick = <T>(from: ArrayLike<T>, added: T) => order.map((i) => (i < 0 ? added : (from[i] as T)));
    const a = extra?.added;
    created = Float64Array.from(pick(created, a?.created ?? 0));
    ids = pick(ids, a?.id ?? '');
    triggers = pick(triggers, a?.trigger ?? 'api');
    versions = Uint8Array.from(pick(versions, a?.version ?? 0));
    source = Int32Array.from(pick(source, -1));
    byId = new Map(ids.map((id, i) => [id, i]));
    acted = Uint8Array.from(ids, (id) => (overlays.has(id) ? 1 : 0));
    revision++;
  };

  return {
    meta: base.meta,
    context,
    get size() {
      return created.length;
    },
    get created() {
      return created;
    },
    get ids() {
      return ids;
    },
    get triggers() {
      return triggers;
    },
    get versions() {
      return versions;
    },
    get byId() {
      return byId;
    },
    get revision() {
      return revision;
    },
    plan,
    stateAt(i: number, t: number): { status: InstanceStatus; modified: number } {
      const overlay = acted[i] ? overlays.get(idAt(i)) : undefined;
      if (!overlay) return base.stateAt(source[i] ?? 0, t);
      return { status: statusAt(overlay.plan, t), modified: lastEventAt(overlay.plan, t) };
    },
    overlay: (i) => overlays.get(idAt(i)) ?? { plan: plan(i), buffered: [], replans: 0 },
    setOverlay(i, overlay) {
      overlays.set(idAt(i), overlay);
      acted[i] = 1;
      revision++;
    },
    add(instance, fresh) {
      let at = 0;
      while (
        at < created.length &&
        ((created[at] ?? 0) < instance.created ||
          ((created[at] ?? 0) === instance.created && idAt(at) < instance.id))
      )
        at++;
      overlays.set(instance.id, { plan: fresh, buffered: [], replans: 0 });
      rebuild(() => true, { at, added: instance });
    },
    remove(i) {
      overlays.delete(idAt(i));
      rebuild((k) => k !== i);
    },
  };
}
