import type { DoStep, InstanceDetail, Step } from '../../../contract/instances.ts';
import { messageTemplate } from './template.ts';

/**
 * A failure's cause: the failing step (its name without the counter suffix), the error's name and the
 * message's template. Two failures share a group exactly when their causes are equal.
 */
export interface Failure {
  /** The failing step as logged (`charge-card-2`), or '' when no step failed (a failed `run`). */
  step: string;
  errorName: string;
  message: string;
}

export interface Cause {
  /** The step name without its counter suffix. */
  step: string;
  errorName: string;
  template: string;
}

/** Step names in the log carry a counter (`charge-card-1`); the cause is the step, not its repetition. */
export function stepBase(name: string): string {
  return name.replace(/-\d+$/, '');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function causeOf(failure: Failure): Cause {
  const step = stepBase(failure.step);
  // A message that names its own step (`charge-card-2 timed out`) names the step, not its repetition.
  const message =
    step === ''
      ? failure.message
      : failure.message.replace(new RegExp(`(?<![\\w-])${escapeRegExp(step)}-\\d+(?![\\w-])`, 'g'), step);
  return { step, errorName: failure.errorName.trim() || 'Error', template: messageTemplate(message) };
}

/** FNV-1a over UTF-16 code units, 32 bits, with a seed: two of them give a 64-bit id. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A stable id from the cause alone (never the order of discovery): 16 hex characters. */
export function causeId(cause: Cause): string {
  const key = `${cause.step}\u0000${cause.errorName}\u0000${cause.template}`;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return hex(fnv1a(key, 0x811c9dc5)) + hex(fnv1a(key, 0x01000193 ^ 0x5bd1e995));
}

/** The attempt that failed the step: the last one with an error (1-based), and how many were made. */
export interface FailingStep {
  step: DoStep | null;
  /** Name as logged, with its suffix; '' when the failure is the instance's own. */
  name: string;
  /** 1-based attempt number of the failing attempt, or null (a wait or a sleep has none). */
  attempt: number | null;
  attempts: number;
  error: { name: string; message: string } | null;
}

const isDoStep = (step: Step): step is DoStep =>
  (step.type === 'step' || step.type === 'rollback') && 'attempts' in step;

/**
 * Reads the failing step of an errored instance from its log (full detail, not `simple=true`): the last
 * step or event wait that failed. The instance's own `error` names the failure when the log has none.
 */
export function failingStepOf(detail: Pick<InstanceDetail, 'steps' | 'error'>): FailingStep {
  const steps = detail.steps;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as Step;
    if (isDoStep(step) && step.type === 'step' && step.success === false) {
      const attempts = step.attempts;
      let index = attempts.length - 1;
      while (index > 0 && !attempts[index]?.error) index--;
      const error = attempts[index]?.error ?? detail.error ?? null;
      return { step, name: step.name, attempt: index + 1, attempts: attempts.length, error };
    }
    if ((step.type === 'waitForEvent' || step.type === 'sleep') && 'error' in step && step.error) {
      const error = step.error as { name: string; message: string };
      return { step: null, name: String(step.name ?? ''), attempt: null, attempts: 0, error };
    }
  }
  return { step: null, name: '', attempt: null, attempts: 0, error: detail.error ?? null };
}

/** The failure an errored instance reports: its failing step and the error (instance error preferred). */
export function failureOf(
  detail: Pick<InstanceDetail, 'steps' | 'error'>,
): Failure & { failing: FailingStep } {
  const failing = failingStepOf(detail);
  const error = detail.error ?? failing.error ?? { name: 'Error', message: '' };
  return { step: failing.name, errorName: error.name, message: error.message, failing };
}
