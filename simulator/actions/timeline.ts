import { phaseAt } from '../phases.ts';
import type { InstanceStatus, Phase, Plan, PlannedEntry } from '../types.ts';

/** Status of a plan at `t` (before its first phase: queued). */
export function statusAt(p: Plan, t: number): InstanceStatus {
  return phaseAt(p.phases, t)?.status ?? 'queued';
}

/** The phases that began before `t`. */
export function phasesBefore(phases: readonly Phase[], t: number): Phase[] {
  return phases.filter((phase) => phase.from < t);
}

/** The phase active at `at` and every later one, moved by `shift` (the active one starts at `at + shift`). */
export function phasesFrom(phases: readonly Phase[], at: number, shift: number): Phase[] {
  const active = phaseAt(phases, at);
  const later = phases
    .filter((phase) => phase.from > at)
    .map((phase) => ({ ...phase, from: phase.from + shift }));
  return active ? [{ from: at + shift, status: active.status }, ...later] : later;
}

/** One entry per step spec run so far (do, sleep, wait), in spec order; rollbacks and terminations left out. */
export function stepEntries(p: Plan): PlannedEntry[] {
  return p.entries.filter((e) => e.kind !== 'termination' && !(e.kind === 'do' && e.type === 'rollback'));
}

/** The attempt in flight at `t`, if any. */
export function openAttemptAt(p: Plan, t: number) {
  for (const entry of p.entries) {
    if (entry.kind !== 'do') continue;
    for (const a of entry.attempts) if (a.start <= t && a.end > t) return a;
  }
  return undefined;
}

/**
 * What has happened by `at` and nothing after: later entries and attempts are dropped; an attempt in flight
 * stays open for good (end Infinity, as the seeded plans show cut-off work); a sleep or wait in progress is
 * interrupted at `at`.
 */
export function cutEntries(entries: readonly PlannedEntry[], at: number): PlannedEntry[] {
  return entries
    .filter((e) => e.start < at)
    .map((entry): PlannedEntry => {
      if (entry.end <= at) return entry;
      if (entry.kind === 'do') {
        const attempts = entry.attempts
          .filter((a) => a.start < at)
          .map((a) => (a.end > at ? { ...a, end: Infinity, ok: false, error: null } : a));
        return { ...entry, attempts, end: Infinity, ok: false };
      }
      if (entry.kind === 'sleep' || entry.kind === 'wait') return { ...entry, end: at, interrupted: true };
      return entry;
    });
}

/** Moves everything at or after `at` by `shift`; entries in progress at `at` (sleeps, waits, backoffs) end later. */
export function shiftFrom(p: Plan, at: number, shift: number): PlannedEntry[] {
  const move = (x: number) => (x >= at ? x + shift : x);
  const moveEnd = (x: number) => (x > at ? x + shift : x);
  return p.entries.map((entry): PlannedEntry => {
    if (entry.kind === 'do') {
      const attempts = entry.attempts.map((a) => ({ ...a, start: move(a.start), end: moveEnd(a.end) }));
      return { ...entry, start: move(entry.start), end: moveEnd(entry.end), attempts };
    }
    return { ...entry, start: move(entry.start), end: moveEnd(entry.end) };
  });
}

/** The counter suffix each step name has reached after the first `count` specs (names are `name-1`, `name-2`…). */
export function countersAfter(specs: readonly { name: string }[], count: number): Map<string, number> {
  const counters = new Map<string, number>();
  for (const spec of specs.slice(0, count)) counters.set(spec.name, (counters.get(spec.name) ?? 0) + 1);
  return counters;
}
