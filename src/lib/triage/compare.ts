import type { Step } from '../../../contract/instances.ts';

/**
 * A failed instance beside a complete one of the same workflow version, step by step, aligned by step name
 * (as logged, with its counter): where they diverge, and how (status, duration, attempts).
 */
export interface StepSide {
  outcome: 'ok' | 'failed' | 'running' | 'waited' | 'timed out' | 'slept';
  durationMs: number | null;
  attempts: number | null;
}

export interface CompareRow {
  name: string;
  failed: StepSide | null;
  complete: StepSide | null;
  /** The first step whose outcome differs (or that only one of them ran). */
  divergesHere: boolean;
}

const ms = (start: unknown, end: unknown) => {
  const a = typeof start === 'string' ? Date.parse(start) : Number.NaN;
  const b = typeof end === 'string' ? Date.parse(end) : Number.NaN;
  return Number.isFinite(a) && Number.isFinite(b) ? b - a : null;
};

function sideOf(step: Step): [string, StepSide] | null {
  if (!('name' in step) || typeof step.name !== 'string') return null;
  const record = step as Record<string, unknown>;
  const durationMs = ms(record.start, record.end);
  if (step.type === 'step' || step.type === 'rollback') {
    const attempts = Array.isArray(record.attempts) ? record.attempts.length : null;
    const outcome = record.success === true ? 'ok' : record.success === false ? 'failed' : 'running';
    const name = step.type === 'rollback' ? `rollback:${step.name}` : step.name;
    return [name, { outcome, durationMs, attempts }];
  }
  if (step.type === 'waitForEvent') {
    return [step.name, { outcome: record.error ? 'timed out' : 'waited', durationMs, attempts: null }];
  }
  if (step.type === 'sleep') return [step.name, { outcome: 'slept', durationMs, attempts: null }];
  return null;
}

export function compareSteps(failed: readonly Step[], complete: readonly Step[]): CompareRow[] {
  const sides = (steps: readonly Step[]) =>
    new Map(steps.map(sideOf).filter((entry): entry is [string, StepSide] => entry !== null));
  const failedSides = sides(failed);
  const completeSides = sides(complete);
  // The complete run's order, with steps only the failed one ran placed where they happened.
  const names: string[] = [...completeSides.keys()];
  let at = 0;
  for (const name of failedSides.keys()) {
    const index = names.indexOf(name);
    if (index === -1) names.splice(at++, 0, name);
    else at = index + 1;
  }
  let diverged = false;
  return names.map((name) => {
    const f = failedSides.get(name) ?? null;
    const c = completeSides.get(name) ?? null;
    const differs = !f || !c || f.outcome !== c.outcome;
    const divergesHere = differs && !diverged;
    if (differs) diverged = true;
    return { name, failed: f, complete: c, divergesHere };
  });
}
