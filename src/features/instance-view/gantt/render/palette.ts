import type { Outcome } from '../model/types.ts';

/** Canvas colours (light theme); the DOM side uses the matching Tailwind classes. */
export const PALETTE = {
  background: '#ffffff',
  rollbackLane: '#fdf4ff',
  rowRule: '#f1f5f9',
  selectedRow: '#e0f2fe',
  text: '#0f172a',
  muted: '#64748b',
  backoff: '#f59e0b',
  envelope: 'rgba(100, 116, 139, 0.35)',
  timedOut: '#b91c1c',
  sleep: '#a78bfa',
  wait: '#fbbf24',
  waitTimedOut: '#ef4444',
  termination: '#7f1d1d',
  now: '#0284c7',
  fold: 'rgba(148, 163, 184, 0.25)',
  foldEdge: '#94a3b8',
  brush: 'rgba(2, 132, 199, 0.18)',
  brushEdge: '#0284c7',
  selection: '#0f172a',
} as const;

export const OUTCOME_FILL: Record<Outcome, string> = {
  succeeded: '#16a34a',
  failed: '#dc2626',
  running: '#2563eb',
  unknown: '#94a3b8',
};
