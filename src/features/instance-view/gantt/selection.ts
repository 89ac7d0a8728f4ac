/** The URL's `step` (the row key) and `attempt` (1-based; null selects the step itself). */
export interface GanttSelection {
  key: string;
  attempt: number | null;
}

export const ROW_HEIGHT = 24;
export const LABEL_WIDTH = 320;
export const AXIS_HEIGHT = 28;
export const OVERVIEW_HEIGHT = 40;

/** The rows viewport grows with the log up to this, then scrolls. */
const MAX_CHART_HEIGHT = 560;
const MIN_CHART_HEIGHT = 120;

/** Height of the Gantt's rows viewport for a log of `rows` entries. */
export const chartHeight = (rows: number) =>
  Math.min(MAX_CHART_HEIGHT, Math.max(MIN_CHART_HEIGHT, rows * ROW_HEIGHT + 8));
