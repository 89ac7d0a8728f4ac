import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { errorEnvelope } from '../../contract/envelope.ts';
import { accountId } from '../testing/demo-data.ts';
import { server } from '../testing/msw-server.ts';
import { renderApp } from '../testing/render-app.tsx';

describe('API failures', () => {
  it('shows the message of a Cloudflare error envelope, with a retry', async () => {
    server.use(
      http.get('*/api/client/v4/accounts/:account/workflows', () =>
        HttpResponse.json(errorEnvelope(10001, 'workflows.api.error.internal_server'), { status: 500 }),
      ),
    );
    renderApp(`/${accountId}/workflows`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load workflows');
    expect(alert).toHaveTextContent('workflows.api.error.internal_server');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('explains a rate limit', async () => {
    server.use(
      http.get('*/api/client/v4/accounts/:account/workflows', () =>
        // Retry-After 0 keeps the tab's shared request budget open for the tests that follow.
        HttpResponse.json(errorEnvelope(10000, 'Rate limited'), {
          status: 429,
          headers: { 'retry-after': '0' },
        }),
      ),
    );
    renderApp(`/${accountId}/workflows`);
    expect(await screen.findByRole('alert')).toHaveTextContent("Cloudflare's API rate limit was reached");
  });
});
