import { type VersionInfo, versionIndexAt, type WorkflowMeta } from './catalogue.ts';
import { DAY, HOUR, MINUTE } from './duration.ts';
import { FATE, type Fate } from './plan-instance.ts';
import { drawTimes, traffic } from './rhythm.ts';
import { createRng, mixSeed, type Rng } from './rng.ts';
import type { TriggerSource } from './types.ts';
import { LARGE_IMPORT_10K_ID, LARGE_IMPORT_25K_ID } from './workflows-import.ts';

/** History spans 30 days before the anchor and keeps arriving for a day after it. */
export const HISTORY_DAYS = 30;
export const FUTURE_MS = DAY;

export interface Draft {
  created: number;
  id: string;
  seed: number;
  fate: Fate;
  fateAt: number;
  version: number;
  trigger: TriggerSource;
}

/** Creation times, ids and fates of one workflow's instances, sorted by (created, id). */
export function draftInstances(meta: WorkflowMeta, seed: number, anchor: number, total: number): Draft[] {
  const { def } = meta;
  const rng = createRng(mixSeed(seed, 'population', def.name));
  const from = anchor - HISTORY_DAYS * DAY;
  const to = anchor + FUTURE_MS;
  let times: number[];
  if (def.cron) {
    times = [];
    const first = Math.floor(from / DAY) * DAY + def.cron.hourUtc * HOUR;
    for (let t = first; t < to; t += DAY) if (t >= from) times.push(t);
  } else {
    const count = Math.max(1, Math.round(total * def.share));
    times = drawTimes(rng, count, from, to, traffic);
  }
  const drafts = times.map((t) => draft(meta, rng, t, FATE.natural, 0));
  for (const [fate, created, fateAt, id] of showcases(meta, rng, anchor, total))
    drafts.push(draft(meta, rng, created, fate, fateAt, id));
  drafts.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return drafts;
}

function draft(
  meta: WorkflowMeta,
  rng: Rng,
  created: number,
  fate: Fate,
  fateAt: number,
  id?: string,
): Draft {
  const { def } = meta;
  const drawn = instanceId(def.idStyle, rng);
  return {
    created,
    id: id ?? drawn,
    seed: Math.floor(rng.next() * 4294967296),
    fate,
    fateAt,
    version: versionIndexAt(meta.versions as VersionInfo[], created),
    trigger: rng.weighted(def.triggers),
  };
}

function instanceId(style: 'uuid' | 'order' | 'cron', rng: Rng): string {
  if (style === 'order') return `order-${rng.hex(12)}`;
  // System-generated ids (cron triggers) are cf_ followed by 64 lowercase hex characters.
  if (style === 'cron') return `cf_${rng.hex(64)}`;
  return rng.uuid();
}

/** Fate, created, fateAt, and a fixed id for showcases that docs and benches name. */
type Showcase = [Fate, number, number, string?];

/**
 * Instances placed around the anchor so that every status is on show: a live tail of image uploads,
 * a backlog still queued, paused and pausing orders, an order rolling back, backfills with thousands of steps.
 */
function showcases(meta: WorkflowMeta, rng: Rng, anchor: number, total: number): Showcase[] {
  const out: Showcase[] = [];
  const ago = (minMin: number, maxMin: number) => anchor - rng.int(minMin * MINUTE, maxMin * MINUTE);
  switch (meta.def.name) {
    case 'image-processing': {
      const perMinute = Math.min(5, Math.max(0.2, total / 3000));
      for (let t = anchor - 30 * MINUTE; t < anchor + 3 * HOUR; t += MINUTE / perMinute) {
        out.push([FATE.natural, Math.round(t + rng.int(0, MINUTE / perMinute - 1)), 0]);
      }
      for (let i = 0; i < 3; i++)
        out.push([FATE.queued, ago(1, 20), anchor + rng.int(5 * MINUTE, 60 * MINUTE)]);
      break;
    }
    case 'order-fulfilment':
      for (let i = 0; i < 2; i++) {
        let created = ago(40, 120);
        out.push([FATE.paused, created, created + rng.int(1_000, 60_000)]);
        created = ago(40, 120);
        out.push([FATE.waitingForPause, created, created + rng.int(1_000, 60_000)]);
        created = ago(30, 90);
        out.push([FATE.rollingBack, created, created + 10 * MINUTE]);
        created = ago(60, 600);
        out.push([FATE.terminated, created, created + rng.int(1_000, 60_000)]);
      }
      break;
    case 'payment-retries':
      for (let i = 0; i < 2; i++)
        out.push([FATE.queued, ago(1, 10), anchor + rng.int(2 * MINUTE, 30 * MINUTE)]);
      break;
    case 'large-import':
      out.push([FATE.large, anchor - 3 * DAY, 0, LARGE_IMPORT_10K_ID]);
      out.push([FATE.huge, anchor - 2 * DAY, 0, LARGE_IMPORT_25K_ID]);
      break;
    case 'data-sync':
      out.push([FATE.large, anchor - 10 * DAY - rng.int(0, DAY), 0]);
      out.push([FATE.large, ago(100, 140), 0]);
      out.push([FATE.large, ago(10, 20), 0]);
      break;
  }
  return out;
}
