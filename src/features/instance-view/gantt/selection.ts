/** The URL's `step` (the row key) and `attempt` (1-based; null selects the step itself). */
export interface GanttSelection {
  key: string;
  attempt: number | null;
}

export const ROW_HEIGHT = 24;
export const LABEL_WIDTH = 320;
export const AXIS_HEIGHT = 28;
export const OVERVIEW_HEIGHT = 40;
