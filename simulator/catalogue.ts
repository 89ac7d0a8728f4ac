import { DAY } from './duration.ts';
import { createRng, mixSeed } from './rng.ts';
import type { WorkflowDef } from './workflow-def.ts';
import { orderFulfilment, paymentRetries } from './workflows-commerce.ts';
import { dataSync, nightlyReport } from './workflows-data.ts';
import { largeImport } from './workflows-import.ts';
import { imageProcessing, onboardingEmails } from './workflows-media.ts';

/** The demo account's workflows, in the order list-workflows returns them (by name). */
export const WORKFLOW_DEFS: readonly WorkflowDef[] = [
  dataSync,
  imageProcessing,
  largeImport,
  nightlyReport,
  onboardingEmails,
  orderFulfilment,
  paymentRetries,
];

export interface VersionInfo {
  id: string;
  created: number;
}

export interface WorkflowMeta {
  def: WorkflowDef;
  id: string;
  created: number;
  versions: VersionInfo[];
}

/** Versions are deployed at fixed offsets before the anchor: the newest 3 days before, older ones earlier. */
const VERSION_AGES = [3 * DAY, 12 * DAY, 60 * DAY] as const;

export function workflowMeta(def: WorkflowDef, seed: number, anchor: number): WorkflowMeta {
  const rng = createRng(mixSeed(seed, 'workflow', def.name));
  const id = rng.uuid();
  const created = anchor - 60 * DAY - rng.int(1, 200) * DAY - rng.int(0, DAY);
  const versions: VersionInfo[] = [];
  for (let v = def.versions - 1; v >= 0; v--) {
    const age = v === def.versions - 1 ? anchor - created : (VERSION_AGES[v] ?? 3 * DAY);
    versions.push({ id: rng.uuid(), created: anchor - age + rng.int(0, 6 * 3_600_000) });
  }
  return { def, id, created, versions };
}

/** The version live when an instance was created: the newest one deployed before it. */
export function versionIndexAt(versions: readonly VersionInfo[], t: number): number {
  let index = 0;
  for (let v = 0; v < versions.length; v++) if ((versions[v] as VersionInfo).created <= t) index = v;
  return index;
}
