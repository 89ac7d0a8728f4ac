import type { APIRequestContext } from '@playwright/test';
import { apiGet, listAll } from './api.ts';

interface Attempt {
  start?: string | null;
  end?: string | null;
  success?: boolean | null;
  error?: { name: string; message: string } | null;
}

export interface LogEntry {
  type: string;
  name?: string;
  start?: string | null;
  end?: string | null;
  finished?: boolean | null;
  error?: { name: string; message: string } | null;
  attempts?: Attempt[];
  config?: { retries?: { limit: number } };
  trigger?: { source: string };
}

export interface Detail {
  status: string;
  queued?: string | null;
  steps: LogEntry[];
  rollback?: { outcome: string } | null;
}

export interface Subject {
  workflow: string;
  id: string;
  detail: Detail;
  /** The log entry that makes it this kind of subject. */
  entry: LogEntry;
}

type Kind =
  | 'retriedThenSucceeded'
  | 'exhausted'
  | 'timedOutWait'
  | 'longSleep'
  | 'terminatedWithRollback'
  | 'running';

const DAY = 86_400_000;
const span = (e: LogEntry) => Date.parse(e.end ?? '') - Date.parse(e.start ?? '');

/** Which log entry, if any, makes an instance a subject of `kind`. */
function pick(kind: Kind, detail: Detail): LogEntry | undefined {
  const steps = detail.steps;
  switch (kind) {
    case 'retriedThenSucceeded':
      return steps.find(
        (s) => s.type === 'step' && (s.attempts?.length ?? 0) > 1 && s.attempts?.at(-1)?.success,
      );
    case 'exhausted':
      return steps.find(
        (s) =>
          s.type === 'step' &&
          s.end != null &&
          s.attempts?.at(-1)?.success === false &&
          (s.attempts?.length ?? 0) === (s.config?.retries?.limit ?? -2) + 1,
      );
    case 'timedOutWait':
      return steps.find((s) => s.type === 'waitForEvent' && s.finished === false && s.error != null);
    case 'longSleep':
      return steps.find((s) => s.type === 'sleep' && span(s) >= DAY);
    case 'terminatedWithRollback':
      return detail.rollback ? steps.find((s) => s.type === 'rollback') : undefined;
    case 'running':
      return steps.find((s) => s.type === 'step' && (s.attempts?.length ?? 0) > 0);
  }
}

const SEARCH: Record<Kind, { statuses: (string | undefined)[]; maxSteps: number }> = {
  retriedThenSucceeded: { statuses: ['complete'], maxSteps: 20 },
  exhausted: { statuses: ['errored'], maxSteps: 20 },
  // Timed-out waits are mostly uncaught: errored first finds one within the first rows at any hour.
  timedOutWait: { statuses: ['errored', undefined], maxSteps: 20 },
  longSleep: { statuses: ['complete'], maxSteps: 20 },
  terminatedWithRollback: { statuses: ['terminated'], maxSteps: 20 },
  // The live tail moves with the clock: whatever is still going (a pasted step scrolls into view).
  running: { statuses: ['running', 'waiting'], maxSteps: 200 },
};

/** A demo instance of `kind`, found through the API (generated ids are never hard-coded). */
export async function findSubject(
  request: APIRequestContext,
  accountId: string,
  kind: Kind,
): Promise<Subject> {
  const workflows = await apiGet<{ name: string }[]>(
    request,
    `/accounts/${accountId}/workflows?per_page=100`,
  );
  const { statuses, maxSteps } = SEARCH[kind];
  for (const status of statuses) {
    for (const { name } of workflows) {
      if (name === 'large-import') continue;
      const rows = (await listAll(request, accountId, name, status)).slice(0, 40);
      for (const row of rows) {
        const detail = await apiGet<Detail>(
          request,
          `/accounts/${accountId}/workflows/${name}/instances/${row.id}`,
        );
        if (detail.steps.length > maxSteps) continue;
        const entry = pick(kind, detail);
        if (entry) return { workflow: name, id: row.id, detail, entry };
      }
    }
  }
  throw new Error(`no demo instance: ${kind}`);
}
