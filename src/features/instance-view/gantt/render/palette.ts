import type { Outcome } from '../model/types.ts';

/**
 * Canvas colours; the DOM side uses the matching Tailwind classes. A canvas cannot read the theme's CSS
 * variables, so the dark theme has its own set, and `syncPalette` switches to it when the page is dark.
 */
const LIGHT = {
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
};

type Palette = typeof LIGHT;

/** Tailwind's slate-900 surface of the dark theme (src/theme/dark-palette.css), with light text on it. */
const DARK: Palette = {
  background: '#0f172b',
  rollbackLane: '#2a1033',
  rowRule: '#1d293d',
  selectedRow: '#0c2d48',
  text: '#f1f5f9',
  muted: '#90a1b9',
  backoff: '#fbbf24',
  envelope: 'rgba(148, 163, 184, 0.35)',
  timedOut: '#f87171',
  sleep: '#a78bfa',
  wait: '#fbbf24',
  waitTimedOut: '#f87171',
  termination: '#fca5a5',
  now: '#38bdf8',
  fold: 'rgba(148, 163, 184, 0.18)',
  foldEdge: '#62748e',
  brush: 'rgba(56, 189, 248, 0.2)',
  brushEdge: '#38bdf8',
  selection: '#f1f5f9',
};

const OUTCOME_LIGHT: Record<Outcome, string> = {
  succeeded: '#16a34a',
  failed: '#dc2626',
  running: '#2563eb',
  unknown: '#94a3b8',
};

const OUTCOME_DARK: Record<Outcome, string> = {
  succeeded: '#22c55e',
  failed: '#ef4444',
  running: '#3b82f6',
  unknown: '#62748e',
};

/** The colours in use: the light set until `syncPalette` finds the page dark. */
export const PALETTE: Palette = { ...LIGHT };
export const OUTCOME_FILL: Record<Outcome, string> = { ...OUTCOME_LIGHT };

let dark = false;

/** Follows the page's theme (the `dark` class on <html>); true when the colours changed. */
export function syncPalette(): boolean {
  const now = typeof document !== 'undefined' && document.documentElement.classList.contains('dark');
  if (now === dark) return false;
  dark = now;
  Object.assign(PALETTE, now ? DARK : LIGHT);
  Object.assign(OUTCOME_FILL, now ? OUTCOME_DARK : OUTCOME_LIGHT);
  return true;
}
