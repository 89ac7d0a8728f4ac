import type { InstanceSummary } from '../../contract/instances.ts';
import { INSTANCE_STATUSES } from '../../contract/status.ts';

/** Deterministic list-instances rows, newest first, as the API would return them over 30 days. */
export function syntheticInstances(count: number, now: number): InstanceSummary[] {
  let seed = 0x9e3779b9;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const span = 30 * 24 * 3600 * 1000;
  const rows: InstanceSummary[] = [];
  for (let i = 0; i < count; i++) {
    const created = now - Math.floor((i / count) * span) - Math.floor(random() * 1000);
    const status = INSTANCE_STATUSES[Math.floor(random() * INSTANCE_STATUSES.length)] ?? 'complete';
    const started = created + Math.floor(random() * 5000);
    const final = status === 'complete' || status === 'errored' || status === 'terminated';
    const ended = final ? started + Math.floor(random() * 600_000) : null;
    rows.push({
      id: `inst-${(i * 2654435761).toString(16).padStart(8, '0')}-${i}`,
      status,
      created_on: new Date(created).toISOString(),
      started_on: new Date(started).toISOString(),
      ended_on: ended === null ? null : new Date(ended).toISOString(),
      modified_on: new Date(ended ?? started).toISOString(),
      trigger_source: ['api', 'binding', 'event', 'cron'][i % 4] ?? 'api',
      version_id: `00000000-0000-4000-8000-00000000000${i % 3}`,
      workflow_id: '00000000-0000-4000-8000-000000000abc',
    });
  }
  return rows;
}
