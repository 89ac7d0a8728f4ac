import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { totalCount } from '../features/workflows/status-counts.ts';
import { instancePath } from '../lib/paths.ts';
import { accountId, demoWorkflow, demoWorkflows } from '../testing/demo-data.ts';
import { stubElementSize } from '../testing/element-size.ts';
import { renderApp } from '../testing/render-app.tsx';

describe('the app shell', { timeout: 15_000 }, () => {
  it('opens the first account’s workflows from / and shows the demo banner', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Workflows' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/${accountId}/workflows`);
    const banner = screen.getByRole('region', { name: 'Demo mode' });
    expect(banner).toHaveTextContent('set CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID and restart');
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Demo');
  });

  it('lists the demo workflows with the counts get-workflow reports', async () => {
    renderApp(`/${accountId}/workflows`);
    const table = await screen.findByRole('table', { name: 'Workflows' });
    const workflows = await demoWorkflows();
    expect(workflows.length).toBeGreaterThan(1);
    for (const { name } of workflows) {
      const detail = await demoWorkflow(name);
      const link = within(table).getByRole('link', { name });
      const row = link.closest('tr');
      if (!row) throw new Error(`no row for ${name}`);
      const cells = within(row).getAllByRole('cell');
      expect(cells[1]).toHaveTextContent(totalCount(detail.instances).toLocaleString('en-US'));
      const errored = detail.instances.errored ?? 0;
      expect(within(row).getByRole('list', { name: 'Instances by status' })).toHaveTextContent(
        new RegExp(`(^|\\D)${errored.toLocaleString('en-US')} errored`),
      );
    }
  });

  it('opens a workflow filtered to a status from its count in the list', async () => {
    const { user, router } = renderApp(`/${accountId}/workflows`);
    const table = await screen.findByRole('table', { name: 'Workflows' });
    const withErrors = (await demoWorkflows()).find((workflow) => (workflow.instances.errored ?? 0) > 0);
    if (!withErrors) throw new Error('no workflow with errored instances');
    const row = within(table).getByRole('link', { name: withErrors.name }).closest('tr');
    if (!row) throw new Error(`no row for ${withErrors.name}`);
    const pills = within(row).getByRole('list', { name: 'Instances by status' });
    await user.click(within(pills).getByRole('link', { name: /errored$/ }));
    expect(await screen.findByRole('heading', { level: 1, name: withErrors.name })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ status: 'errored' });
    expect(screen.getByRole('checkbox', { name: 'Errored' })).toBeChecked();
  });

  it('filters workflows by name and keeps the filter in the URL', async () => {
    const { user, router } = renderApp(`/${accountId}/workflows`);
    const table = await screen.findByRole('table', { name: 'Workflows' });
    const [first, second] = await demoWorkflows();
    if (!first || !second) throw new Error('need two workflows');
    await user.type(screen.getByRole('searchbox', { name: 'Filter workflows by name' }), first.name);
    expect(within(table).getByRole('link', { name: first.name })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: second.name })).not.toBeInTheDocument();
    expect(router.state.location.search).toEqual({ q: first.name });
  });

  it('clicks through from the list to a workflow with its counts strip', async () => {
    const { user, router } = renderApp(`/${accountId}/workflows`);
    const [first] = await demoWorkflows();
    if (!first) throw new Error('no workflows');
    const table = await screen.findByRole('table', { name: 'Workflows' });
    await user.click(within(table).getByRole('link', { name: first.name }));
    expect(await screen.findByRole('heading', { level: 1, name: first.name })).toBeInTheDocument();
    const strip = await screen.findByRole('navigation', { name: 'Instance counts by status' });
    const errored = first.instances.errored ?? 0;
    await user.click(within(strip).getByRole('link', { name: `Errored ${errored.toLocaleString('en-US')}` }));
    expect(router.state.location.search).toEqual({ status: 'errored' });
    expect(router.state.location.href).toContain('?status=errored');
  });

  it('clicks through from a workflow’s instance table to an instance and back', async () => {
    onTestFinished(stubElementSize());
    const { user, router } = renderApp(`/${accountId}/workflows`);
    const [first] = await demoWorkflows();
    if (!first) throw new Error('no workflows');
    await user.click(
      within(await screen.findByRole('table', { name: 'Workflows' })).getByRole('link', { name: first.name }),
    );
    const grid = await screen.findByRole('grid', { name: `Instances of ${first.name}` });
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(1));
    const row = within(grid).getAllByRole('row')[1];
    if (!row) throw new Error('no instance row');
    await user.click(row);
    await waitFor(() => expect(router.state.location.pathname).toContain('/instances/'));
    const instanceId = decodeURIComponent(router.state.location.pathname.split('/').at(-1) ?? '');
    expect(router.state.location.pathname).toBe(instancePath(accountId, first.name, instanceId));
    // The first row may be a large instance (the demo's data-sync backfills have thousands of steps), and the
    // instance page's chunk (the screen and the actions bar) is transformed on first use here.
    expect(
      await screen.findByRole('heading', { level: 1, name: instanceId }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(breadcrumb).toHaveTextContent(instanceId);
    await user.click(within(breadcrumb).getByRole('link', { name: first.name }));
    expect(await screen.findByRole('heading', { level: 1, name: first.name })).toBeInTheDocument();
  }, 30_000);

  it('shows a not-found page for an unknown address', async () => {
    renderApp('/no/such/page/here/at/all');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('from a workflow to its errors', () => {
  it('a link in the workflow header opens the triage view of that workflow', async () => {
    onTestFinished(stubElementSize());
    const [workflow] = await demoWorkflows();
    const name = workflow?.name ?? '';
    const { router, user } = renderApp(`/${accountId}/workflows/${name}`);
    await user.click(await screen.findByRole('link', { name: 'Triage errors' }, { timeout: 8000 }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/${accountId}/workflows/${name}/errors`),
    );
  });
});
