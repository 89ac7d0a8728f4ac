import type { Phase, PlannedEntry } from './types.ts';

/**
 * Running/waiting phases between start and `until`: running inside an attempt (or between entries),
 * waiting in a sleep, an event wait or a retry backoff.
 */
export function runPhases(
  entries: readonly PlannedEntry[],
  gaps: readonly [number, number][],
  start: number,
  until: number,
): Phase[] {
  const events: [number, number, number][] = [];
  const push = (a: number, b: number, running: boolean) => {
    const from = Math.max(a, start);
    const to = Math.min(b, until);
    if (to <= from) return;
    events.push([from, running ? 1 : 0, 1], [to, running ? 1 : 0, -1]);
  };
  for (const entry of entries) {
    if (entry.kind === 'do') for (const a of entry.attempts) push(a.start, a.end, true);
    else if (entry.kind === 'sleep' || entry.kind === 'wait') push(entry.start, entry.end, false);
  }
  for (const [a, b] of gaps) push(a, b, false);
  events.sort((x, y) => x[0] - y[0] || x[2] - y[2]);
  const phases: Phase[] = [{ from: start, status: 'running' }];
  let running = 0;
  let waiting = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as [number, number, number];
    if (event[1] === 1) running += event[2];
    else waiting += event[2];
    const nextTime = events[i + 1]?.[0];
    if (nextTime === event[0]) continue;
    const status = running > 0 ? 'running' : waiting > 0 ? 'waiting' : 'running';
    const last = phases[phases.length - 1] as Phase;
    if (last.status === status) continue;
    if (last.from !== event[0]) phases.push({ from: event[0], status });
    else if (phases[phases.length - 2]?.status === status) phases.pop();
    else last.status = status;
  }
  return phases;
}

/** The status a sorted phase list shows at `t` (the caller handles t before the first phase). */
export function phaseAt(phases: readonly Phase[], t: number): Phase | undefined {
  let lo = 0;
  let hi = phases.length - 1;
  let found: Phase | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const phase = phases[mid] as Phase;
    if (phase.from <= t) {
      found = phase;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
