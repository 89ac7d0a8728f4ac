import { isKnownStatus, type KnownInstanceStatus } from '../../contract/status.ts';

/**
 * How each instance status looks, everywhere in the app (badges, count pills, table cells, charts).
 * Class strings are written out in full so that Tailwind's scanner finds them.
 */
export interface StatusStyle {
  /** Human label ("Waiting for pause"); unknown statuses keep their raw value. */
  label: string;
  /** Badge/pill background, text and ring classes. */
  badge: string;
  /** The small coloured dot's background class. */
  dot: string;
  /** Text colour class, for counts shown without a badge. */
  text: string;
  /** A hex colour for charts and canvases (Recharts, the Gantt). */
  color: string;
}

const STYLES: Record<KnownInstanceStatus, StatusStyle> = {
  queued: {
    label: 'Queued',
    badge: 'bg-indigo-50 text-indigo-700 ring-indigo-600/20',
    dot: 'bg-indigo-500',
    text: 'text-indigo-700',
    color: '#6366f1',
  },
  running: {
    label: 'Running',
    badge: 'bg-blue-50 text-blue-700 ring-blue-600/20',
    dot: 'bg-blue-500',
    text: 'text-blue-700',
    color: '#3b82f6',
  },
  waiting: {
    label: 'Waiting',
    badge: 'bg-sky-50 text-sky-700 ring-sky-600/20',
    dot: 'bg-sky-400',
    text: 'text-sky-700',
    color: '#38bdf8',
  },
  waitingForPause: {
    label: 'Waiting for pause',
    badge: 'bg-amber-50 text-amber-800 ring-amber-600/20',
    dot: 'bg-amber-400',
    text: 'text-amber-800',
    color: '#fbbf24',
  },
  paused: {
    label: 'Paused',
    badge: 'bg-yellow-50 text-yellow-800 ring-yellow-600/25',
    dot: 'bg-yellow-500',
    text: 'text-yellow-800',
    color: '#eab308',
  },
  rollingBack: {
    label: 'Rolling back',
    badge: 'bg-violet-50 text-violet-700 ring-violet-600/20',
    dot: 'bg-violet-500',
    text: 'text-violet-700',
    color: '#8b5cf6',
  },
  complete: {
    label: 'Complete',
    badge: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20',
    dot: 'bg-emerald-500',
    text: 'text-emerald-700',
    color: '#10b981',
  },
  errored: {
    label: 'Errored',
    badge: 'bg-red-50 text-red-700 ring-red-600/20',
    dot: 'bg-red-500',
    text: 'text-red-700',
    color: '#ef4444',
  },
  terminated: {
    label: 'Terminated',
    badge: 'bg-stone-100 text-stone-700 ring-stone-600/25',
    dot: 'bg-stone-500',
    text: 'text-stone-700',
    color: '#78716c',
  },
};

const UNKNOWN_STYLE: Omit<StatusStyle, 'label'> = {
  badge: 'bg-slate-100 text-slate-600 ring-slate-500/20',
  dot: 'bg-slate-400',
  text: 'text-slate-600',
  color: '#94a3b8',
};

/** The style of any status; one the dashboard does not know is shown as it is, in neutral grey. */
export function statusStyle(status: string): StatusStyle {
  return isKnownStatus(status) ? STYLES[status] : { ...UNKNOWN_STYLE, label: status };
}

export function statusLabel(status: string): string {
  return statusStyle(status).label;
}

/**
 * The order statuses are listed in (counts strips, legends, filters): live work first, then outcomes.
 */
export const STATUS_DISPLAY_ORDER: readonly KnownInstanceStatus[] = [
  'queued',
  'running',
  'waiting',
  'waitingForPause',
  'paused',
  'rollingBack',
  'complete',
  'errored',
  'terminated',
];

/**
 * The charts' own colours beside the status colours above: axes, grid, the error-rate line, percentile
 * markers, the not-yet-loaded shade and the drag selection. They name the theme's colour variables (with the
 * light value as fallback), so the dark theme's turned-over scale (src/theme/dark-palette.css) applies to
 * the charts' SVG as it does to every class.
 */
export interface ChartPalette {
  axis: string;
  grid: string;
  errorRate: string;
  percentile: string;
  notLoaded: string;
  selection: string;
}

export const CHART_PALETTE: ChartPalette = {
  axis: 'var(--color-slate-600, #475569)',
  grid: 'var(--color-slate-200, #e2e8f0)',
  errorRate: 'var(--color-red-700, #b91c1c)',
  percentile: 'var(--color-slate-900, #0f172a)',
  notLoaded: 'var(--color-slate-100, #f1f5f9)',
  selection: 'var(--color-orange-400, #fb923c)',
};
