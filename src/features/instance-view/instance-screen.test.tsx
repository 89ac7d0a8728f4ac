import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { instancePath } from '../../lib/paths.ts';
import { accountId, findInstanceWithRetries } from '../../testing/demo-data.ts';
import { renderApp } from '../../testing/render-app.tsx';

function stepTitles(): string[] {
  const list = screen.getByRole('list', { name: 'Steps' });
  return within(list)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent ?? '');
}

describe('the instance screen', { timeout: 15_000 }, () => {
  // Finding a retried instance walks the simulator's lists once for the whole file.
  beforeAll(() => findInstanceWithRetries(), 30_000);

  it('shows the header, the steps and the attempts of a retried step', async () => {
    const { workflowName, instanceId, detail } = await findInstanceWithRetries();
    renderApp(instancePath(accountId, workflowName, instanceId));
    expect(await screen.findByRole('heading', { level: 1, name: instanceId })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy instance id' })).toBeInTheDocument();
    const retried = detail.steps.find(
      (s) => s.type === 'step' && 'attempts' in s && Array.isArray(s.attempts) && s.attempts.length > 1,
    );
    if (!retried || !('attempts' in retried) || !Array.isArray(retried.attempts))
      throw new Error('no retried step');
    const attempts = screen.getByRole('table', { name: `Attempts of ${retried.name}` });
    // One header row plus one row per attempt.
    expect(within(attempts).getAllByRole('row')).toHaveLength(retried.attempts.length + 1);
    expect(within(attempts).getAllByText('Failed').length).toBeGreaterThan(0);
    if (detail.error) {
      expect(screen.getByRole('region', { name: 'Instance error' })).toHaveTextContent(detail.error.name);
    }
  });

  it('reverses the steps with the order toggle and keeps the order in the URL', async () => {
    const { workflowName, instanceId } = await findInstanceWithRetries();
    const { user, router } = renderApp(instancePath(accountId, workflowName, instanceId));
    await screen.findByRole('heading', { level: 1, name: instanceId });
    const ascending = stepTitles();
    expect(ascending.length).toBeGreaterThan(1);
    const toggle = screen.getByRole('group', { name: 'Step order' });
    await user.click(within(toggle).getByRole('button', { name: 'Newest first', pressed: false }));
    expect(router.state.location.search).toEqual({ order: 'desc' });
    await screen.findByRole('button', { name: 'Newest first', pressed: true });
    await expect.poll(() => stepTitles()).toEqual([...ascending].reverse());
    await user.click(screen.getByRole('button', { name: 'Oldest first' }));
    expect(router.state.location.search).toEqual({});
  });

  it('says when an instance does not exist, with a way back', async () => {
    const { workflowName } = await findInstanceWithRetries();
    renderApp(instancePath(accountId, workflowName, 'no-such-instance'));
    expect(await screen.findByRole('heading', { name: 'Instance not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Back to ${workflowName}` })).toBeInTheDocument();
  });

  it('drops an invalid order from a pasted link and says so', async () => {
    const { workflowName, instanceId } = await findInstanceWithRetries();
    const { router } = renderApp(`${instancePath(accountId, workflowName, instanceId)}?order=sideways`);
    expect(await screen.findByRole('heading', { level: 1, name: instanceId })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent("Ignored order 'sideways' from the link");
    await vi.waitFor(() => expect(router.state.location.searchStr).toBe(''));
    expect(screen.getByRole('button', { name: 'Oldest first' })).toHaveAttribute('aria-pressed', 'true');
  });
});
