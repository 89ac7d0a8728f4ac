import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { accountId } from '../../testing/demo-data.ts';
import { server } from '../../testing/msw-server.ts';
import { renderApp } from '../../testing/render-app.tsx';

describe('the signed-in user', () => {
  it('is named in the header behind Access, and absent on the local server', async () => {
    server.use(
      http.get('*/api/meta', () =>
        HttpResponse.json({
          mode: 'live',
          accounts: [{ id: accountId, name: 'Team' }],
          writes: false,
          version: '1.0.0',
          user: { email: 'oncall@example.com' },
        }),
      ),
    );
    renderApp(`/${accountId}/workflows`);
    expect(await screen.findByText('oncall@example.com', undefined, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByText(/Signed in as/)).toBeInTheDocument();
  });

  it('says nothing when the server has no user to name', async () => {
    renderApp(`/${accountId}/workflows`);
    await screen.findByRole('table', { name: 'Workflows' }, { timeout: 8000 });
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();
  });
});
