import type { RestartFrom } from '../../../contract/writes.ts';

/** A step entry as get-instance lists it (only what a restart needs). */
export interface StepLike {
  type: string;
  name?: string | undefined;
}

const TYPES: Record<string, RestartFrom['type']> = {
  step: 'do',
  sleep: 'sleep',
  waitForEvent: 'waitForEvent',
};

/**
 * The API's `from` for a step as get-instance names it: `charge-card-2` (a `step` entry) is
 * `{ name: 'charge-card', count: 2, type: 'do' }`. Rollbacks, terminations and unknown entries cannot be
 * restarted from: null.
 */
export function restartFrom(step: StepLike): RestartFrom | null {
  const type = TYPES[step.type];
  if (!type || !step.name) return null;
  const match = /^(.*)-(\d+)$/.exec(step.name);
  if (!match?.[1]) return { name: step.name, count: 1, type };
  return { name: match[1], count: Number(match[2]), type };
}

/** The steps an instance can be restarted from, in log order, each with its `from`. */
export function restartPoints(steps: readonly StepLike[]): { label: string; from: RestartFrom }[] {
  const points: { label: string; from: RestartFrom }[] = [];
  for (const step of steps) {
    const from = restartFrom(step);
    if (from) points.push({ label: `${step.name} (${from.type})`, from });
  }
  return points;
}
