import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { instanceListKeys } from '../../../api/instance-list/queries.ts';
import { createTestSimulator, server, simulatorHandlers, TEST_NOW } from '../../../testing/msw-server.ts';
import { PanelHarness } from '../../../testing/panel-harness.tsx';
import { renderWithClient } from '../../../testing/render.tsx';
import { listAllInstances } from '../../../testing/simulator-rows.ts';
import { ROW_HEIGHT } from '../table/columns.tsx';

const WORKFLOW = 'order-fulfilment';
let clock = TEST_NOW;
const simulator = createTestSimulator(() => clock);

function renderedIds(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[0]?.textContent?.replace(/[⧉✓]$/, '') ?? '');
}

beforeEach(() => {
  clock = TEST_NOW;
  vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW });
  server.use(...simulatorHandlers(simulator));
});
afterEach(() => vi.useRealTimers());

describe('live refresh', () => {
  it('lays new instances over the loaded ones, keeping the rows in view and counting them in a pill', async () => {
    const { queryClient } = renderWithClient(
      <PanelHarness accountId={simulator.accountId} workflowName={WORKFLOW} />,
    );
    const table = await screen.findByRole('grid', { name: `Instances of ${WORKFLOW}` });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '101'));
    const scroller = table.parentElement as HTMLElement;
    act(() => {
      scroller.scrollTop = 20 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    // An hour passes on the simulator: two instances are created (see the simulator's seed 42).
    clock = TEST_NOW + 3_600_000;
    vi.setSystemTime(clock);
    await act(() =>
      queryClient.refetchQueries({
        queryKey: [...instanceListKeys.all(simulator.accountId, WORKFLOW), 'head'],
      }),
    );
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '103'));
    expect(scroller.scrollTop).toBe(22 * ROW_HEIGHT);
    const pill = screen.getByRole('button', { name: '2 new instances' });
    await userEvent.setup().click(pill);
    expect(scroller.scrollTop).toBe(0);
    // jsdom does not emit the scroll event a browser fires after a programmatic scroll.
    act(() => {
      fireEvent.scroll(scroller);
    });
    expect(screen.queryByRole('button', { name: /new instance/ })).not.toBeInTheDocument();
    expect(renderedIds(table).slice(0, 3)).toEqual([
      'order-6dda22148d5e',
      'order-46309b838b41',
      'order-878da65a7c24',
    ]);
  });

  it('updates live rows beyond the newest page, which the head poll does not return', async () => {
    const workflow = 'onboarding-emails';
    const { queryClient } = renderWithClient(
      <PanelHarness accountId={simulator.accountId} workflowName={workflow} />,
    );
    const table = await screen.findByRole('grid', { name: `Instances of ${workflow}` });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '101'));
    const scroller = table.parentElement as HTMLElement;
    act(() => {
      scroller.scrollTop = 95 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '201'));
    // Waiting for an email's delay at the simulator's now; an hour later it has completed (seed 42).
    const id = '1946318d-4fca-4b17-b264-61dd52014d72';
    const statusOf = () => {
      const link = within(table).getByRole('link', { name: id });
      const row = link.closest('[role="row"]') as HTMLElement;
      return within(row).getAllByRole('gridcell')[1]?.textContent;
    };
    const index = (await listAllInstances(simulator, workflow)).findIndex((row) => row.id === id);
    expect(index).toBeGreaterThanOrEqual(100);
    act(() => {
      scroller.scrollTop = index * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });
    expect(statusOf()).toBe('Waiting');
    clock = TEST_NOW + 3_600_000;
    vi.setSystemTime(clock);
    await act(() =>
      queryClient.refetchQueries({
        queryKey: [...instanceListKeys.all(simulator.accountId, workflow), 'head'],
      }),
    );
    await waitFor(() => expect(statusOf()).toBe('Complete'));
  });

  it('says when live refresh fails, keeps the rows, and clears the message once it works again', async () => {
    const { queryClient } = renderWithClient(
      <PanelHarness accountId={simulator.accountId} workflowName={WORKFLOW} />,
    );
    const table = await screen.findByRole('grid', { name: `Instances of ${WORKFLOW}` });
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '101'));
    const refetchLive = () =>
      act(() =>
        queryClient.refetchQueries({
          queryKey: [...instanceListKeys.all(simulator.accountId, WORKFLOW), 'head'],
        }),
      );
    server.use(
      http.get('*/api/client/v4/accounts/:account/workflows/:workflow/instances', () => HttpResponse.error()),
    );
    await refetchLive();
    expect(
      await screen.findByText(
        'Live refresh is failing (Could not reach the dashboard server. Is it still running?); rows as of 2026-11-20 12:00:00. Still trying.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(table).toHaveAttribute('aria-rowcount', '101');
    server.use(...simulatorHandlers(simulator));
    await refetchLive();
    await waitFor(() => expect(screen.queryByText(/Live refresh is failing/)).not.toBeInTheDocument());
  });

  it('can be paused, and is off for a range that ends in the past', async () => {
    const user = userEvent.setup();
    renderWithClient(<PanelHarness accountId={simulator.accountId} workflowName={WORKFLOW} />);
    await screen.findByRole('grid', { name: `Instances of ${WORKFLOW}` });
    const toggle = screen.getByRole('button', { name: 'Live refresh on' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Live refresh off' })).toHaveAttribute('aria-pressed', 'false');
  });
});
