import { z } from 'zod/mini';

/** Every instance status the API documents (2026). New ones may appear: schemas accept any string. */
export const INSTANCE_STATUSES = [
  'queued',
  'running',
  'paused',
  'errored',
  'terminated',
  'complete',
  'waitingForPause',
  'waiting',
  'rollingBack',
] as const;
export type KnownInstanceStatus = (typeof INSTANCE_STATUSES)[number];

/** Statuses after which an instance never changes again. */
export const FINAL_STATUSES: readonly KnownInstanceStatus[] = ['complete', 'errored', 'terminated'];

export function isKnownStatus(value: string): value is KnownInstanceStatus {
  return (INSTANCE_STATUSES as readonly string[]).includes(value);
}

/** Whether an instance in this status never changes again (an unknown status may still change). */
export function isFinalStatus(status: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

/**
 * Whether an instance can still change: not ended and not in a final status. An unknown status counts as
 * live (it may still change), and so does a known live status with an end time missing.
 */
export function isLiveInstance(instance: { status: string; ended_on?: string | null | undefined }): boolean {
  return instance.ended_on == null && !isFinalStatus(instance.status);
}

/** Lenient: a status the dashboard does not know yet is shown as it is, never a parse failure. */
export const instanceStatusSchema = z.string();

export const TRIGGER_SOURCES = ['unknown', 'api', 'binding', 'event', 'cron'] as const;
export const triggerSourceSchema = z.string();
