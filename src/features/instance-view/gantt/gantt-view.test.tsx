import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubElementSize } from '../../../testing/element-size.ts';
import { GanttView, type GanttViewProps } from './gantt-view.tsx';
import { buildGanttModel } from './model/build-rows.ts';
import { NO_FILTERS } from './model/filters.ts';
import { doStep, instance, iso, QUEUED } from './model/instance-fixtures.ts';

const model = buildGanttModel(
  instance({
    status: 'errored',
    steps: [
      doStep('fetch-1', [[1, 2, true]]),
      doStep('charge-card-1', [
        [2, 5, false, 'Error'],
        [15, 45, false, 'TimeoutError'],
        [65, 66, true],
      ]),
      {
        type: 'sleep',
        name: 'nap-1',
        start: iso(70_000),
        end: iso(3 * 86_400_000),
        finished: true,
        error: null,
      },
      doStep('ship-1', [[3 * 86_400 + 1, 3 * 86_400 + 2, false, 'NonRetryableError']], { exhausted: true }),
    ],
  }),
  QUEUED,
);

function setup(overrides: Partial<GanttViewProps> = {}) {
  const props: GanttViewProps = {
    model,
    window: null,
    fold: true,
    selection: null,
    filters: NO_FILTERS,
    height: 400,
    zone: 'utc',
    onWindowChange: vi.fn(),
    onSelect: vi.fn(),
    onFoldChange: vi.fn(),
    onFiltersChange: vi.fn(),
    ...overrides,
  };
  render(<GanttView {...props} />);
  return props;
}

let restore: () => void = () => {};
beforeEach(() => {
  restore = stubElementSize(1280, 400);
  // jsdom has no canvas: painting is skipped, the accessible structure is what is tested here.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  restore();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('GanttView', () => {
  it('is a region named "Gantt…" with a row per step and a labelled cell per attempt', () => {
    setup();
    const region = screen.getByRole('region', { name: /^Gantt/ });
    const grid = within(region).getByRole('treegrid');
    expect(within(grid).getAllByRole('row')).toHaveLength(4);
    expect(
      within(grid).getByRole('gridcell', {
        name: 'charge-card-1, attempt 2 of 6, failed: TimeoutError after 30 s (timed out, inferred), then backoff 20 s',
      }),
    ).toBeInTheDocument();
    expect(within(grid).getByText(/sleep, wakes at/)).toBeInTheDocument();
  });

  it('selects an attempt when its cell is clicked, and the next error from the toolbar', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('gridcell', { name: /^charge-card-1, attempt 1 of 6/ }));
    expect(props.onSelect).toHaveBeenLastCalledWith({ key: 'charge-card-1', attempt: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Next error' }));
    expect(props.onSelect).toHaveBeenLastCalledWith({ key: 'charge-card-1', attempt: 1 });
  });

  it('moves the selection with the treegrid keys', () => {
    const props = setup({ selection: { key: 'fetch-1', attempt: null } });
    const grid = screen.getByRole('treegrid');
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(props.onSelect).toHaveBeenLastCalledWith({ key: 'charge-card-1', attempt: null });
    expect(screen.getByRole('row', { selected: true })).toHaveTextContent('fetch-1');
  });

  it('zooms on Ctrl+wheel without letting the page zoom, and reports the window once it rests', () => {
    vi.useFakeTimers();
    const props = setup({ window: [0, 100_000] });
    const chart = screen.getByRole('group', { name: /^Gantt chart/ });
    const wheel = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true });
    act(() => {
      chart.dispatchEvent(wheel);
    });
    expect(wheel.defaultPrevented).toBe(true);
    expect(props.onWindowChange).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(200));
    const [[win]] = vi.mocked(props.onWindowChange).mock.calls as [[readonly [number, number]]];
    expect(win[1] - win[0]).toBeLessThan(100_000);
    const plain = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true });
    chart.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(false);
  });

  it('names the step under the pointer, and drops the name when a wheel or a scroll moves the bars', () => {
    setup();
    const canvas = screen.getByRole('group', { name: /^Gantt chart/ }).querySelector('canvas');
    if (!canvas) throw new Error('no chart canvas');
    const tooltip = () => screen.queryByText(/^charge-card-1, /);
    // The second row (24 px each), at the chart's left edge: before any attempt, so the step itself.
    fireEvent.pointerMove(canvas, { clientX: 1, clientY: 30 });
    expect(tooltip()).toBeVisible();
    fireEvent.wheel(screen.getByRole('group', { name: /^Gantt chart/ }), { deltaY: 100 });
    expect(tooltip()).not.toBeVisible();
    fireEvent.pointerMove(canvas, { clientX: 1, clientY: 30 });
    expect(tooltip()).toBeVisible();
    fireEvent.scroll(screen.getByRole('group', { name: /^Gantt chart/ }));
    expect(tooltip()).not.toBeVisible();
  });

  it('opens a pasted link to a step far down the log with that row in view, and scrolls rows in', () => {
    const errors = vi.spyOn(console, 'error');
    const long = buildGanttModel(
      instance({ steps: Array.from({ length: 500 }, (_, i) => doStep(`chunk-${i}`, [[i, i + 1, true]])) }),
      QUEUED,
    );
    setup({ model: long, selection: { key: 'chunk-400', attempt: null } });
    const grid = screen.getByRole('treegrid');
    expect(within(grid).getByRole('row', { selected: true })).toHaveTextContent('chunk-400');
    expect(within(grid).queryByText('chunk-0')).toBeNull();
    const chart = screen.getByRole('group', { name: /^Gantt chart/ });
    chart.scrollTop = 100 * 24;
    fireEvent.scroll(chart);
    expect(within(grid).getByText('chunk-100')).toBeInTheDocument();
    expect(within(grid).queryByText('chunk-400')).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it('filters rows by kind and toggles folding', () => {
    const props = setup({ filters: { kinds: ['sleep'], only: null, q: '' } });
    expect(screen.getAllByRole('row')).toHaveLength(1);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fold idle time' }));
    expect(props.onFoldChange).toHaveBeenCalledWith(false);
  });
});
