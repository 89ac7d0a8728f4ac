import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workflowPath } from '../../lib/paths.ts';
import { stubElementSize } from '../../testing/element-size.ts';
import { createTestSimulator, server, simulatorHandlers } from '../../testing/msw-server.ts';
import { renderApp } from '../../testing/render-app.tsx';

const sim = createTestSimulator();
const WORKFLOW = 'order-fulfilment';

let restore: () => void = () => {};
beforeEach(() => {
  restore = stubElementSize(1280, 800);
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  restore();
  vi.restoreAllMocks();
});

describe('triggering an instance', { timeout: 20_000 }, () => {
  it('is off, with how to turn it on, when the server does not allow writes', async () => {
    server.use(...simulatorHandlers(sim));
    renderApp(workflowPath(sim.accountId, WORKFLOW));
    const button = await screen.findByRole('button', { name: 'Trigger instance' });
    expect(button).toBeDisabled();
    expect(await screen.findByText(/DASHBOARD_WRITES=1/)).toBeVisible();
  });

  it('triggers with params and an id, links to the new instance, and refuses a duplicate id', async () => {
    server.use(...simulatorHandlers(sim, { writes: true }));
    const { user } = renderApp(workflowPath(sim.accountId, WORKFLOW));
    const open = await screen.findByRole('button', { name: 'Trigger instance' });
    await vi.waitFor(() => expect(open).toBeEnabled());
    await user.click(open);
    let dialog = screen.getByRole('dialog', { name: 'Trigger instance' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Instance id (optional)' }),
      'order-from-test',
    );
    const params = within(dialog).getByRole('textbox', { name: 'Params (JSON)' });
    await user.clear(params);
    await user.type(params, '{{"orderId": 7');
    await user.click(within(dialog).getByRole('button', { name: 'Trigger' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('not valid JSON');
    await user.type(params, '}');
    await user.click(within(dialog).getByRole('button', { name: 'Trigger' }));
    const note = await screen.findByText(/^Triggered/, { selector: 'p' });
    const link = within(note).getByRole('link', { name: 'order-from-test' });
    expect(note).toHaveTextContent('Triggered order-from-test (queued)');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(open);
    dialog = screen.getByRole('dialog', { name: 'Trigger instance' });
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Instance id (optional)' }),
      'order-from-test',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Trigger' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'workflows.api.error.instance.already_exists',
    );
    await user.keyboard('{Escape}');
    expect(open).toHaveFocus();

    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'order-from-test' }, { timeout: 5_000 }),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'Params' })).toHaveTextContent(/orderId.*7/);
  });
});
