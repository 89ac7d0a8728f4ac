import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { accountId, demoWorkflows } from '../testing/demo-data.ts';
import { stubElementSize } from '../testing/element-size.ts';
import { renderApp } from '../testing/render-app.tsx';

async function firstWorkflow() {
  const [workflow] = await demoWorkflows();
  if (!workflow) throw new Error('the demo account has no workflow');
  return workflow.name;
}

describe('the link notice', () => {
  it('drops invalid URL values with a notice and replaces the URL with the cleaned one', async () => {
    onTestFinished(stubElementSize());
    const name = await firstWorkflow();
    const { router, history } = renderApp(
      `/${accountId}/workflows/${name}?status=errored,bogus&cols=id,colour&from=yesterday&sort=duration`,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Ignored status 'bogus' from the link");
    expect(alert).toHaveTextContent("Ignored cols 'colour' from the link");
    expect(alert).toHaveTextContent("Ignored from 'yesterday' from the link");
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ status: 'errored', cols: 'id', sort: 'duration' }),
    );
    // Replaced, not pushed: Back does not return to the broken link.
    expect(history.length).toBe(1);
    expect(await screen.findByRole('grid', { name: `Instances of ${name}` })).toBeInTheDocument();
  });

  it('goes away when dismissed, and when the user moves to another page', async () => {
    onTestFinished(stubElementSize());
    const name = await firstWorkflow();
    const { router, history, user } = renderApp(`/${accountId}/workflows/${name}?tz=mars`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Ignored tz 'mars' from the link (use utc or local).");
    await user.click(screen.getByRole('button', { name: 'Dismiss link notice' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    // A link followed within the tab arrives through history, as a pasted one does.
    history.push(`/${accountId}/workflows/${name}?range=forever`);
    expect(await screen.findByRole('alert')).toHaveTextContent("Ignored range 'forever' from the link");
    await waitFor(() => expect(router.state.location.searchStr).toBe(''));
    await router.navigate({ to: `/${accountId}/workflows` });
    await screen.findByRole('heading', { level: 1, name: 'Workflows' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
