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

describe('faults that must never blank a screen', () => {
  it('reports a response that is not the schema as unreadable, and Try again recovers', async () => {
    let broken = true;
    server.use(
      http.get('*/api/client/v4/accounts/:account/workflows', () =>
        broken ? HttpResponse.text('<html>upstream proxy error</html>', { status: 200 }) : undefined,
      ),
    );
    const { user } = renderApp(`/${accountId}/workflows`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load workflows');
    expect(alert).toHaveTextContent('cannot read');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Workflows' })).toBeInTheDocument();
  });

  it('says when the server cannot be reached, keeps the URL, and recovers by itself', async () => {
    let down = true;
    server.use(http.all('*/api/*', () => (down ? HttpResponse.error() : undefined)));
    const { router } = renderApp(`/${accountId}/workflows?q=order`);
    expect(
      await screen.findByText(/Cannot reach the dashboard server/, undefined, { timeout: 5_000 }),
    ).toBeInTheDocument();
    down = false;
    // The banner's probe finds the server back and the failed view loads without a click.
    expect(await screen.findByRole('table', { name: 'Workflows' }, { timeout: 8_000 })).toBeInTheDocument();
    expect(screen.queryByText(/Cannot reach the dashboard server/)).not.toBeInTheDocument();
    expect(router.state.location.searchStr).toBe('?q=order');
  }, 15_000);
});

describe('a rate limit on a screen without the table', () => {
  it('says how long the wait is while an instance waits out a 429', async () => {
    let limited = true;
    server.use(
      http.get('*/api/client/v4/accounts/:account/workflows/:name/instances/:id', () =>
        limited
          ? HttpResponse.json(errorEnvelope(971, 'Please wait and consider throttling your request speed'), {
              status: 429,
              headers: { 'retry-after': '2' },
            })
          : undefined,
      ),
    );
    renderApp(`/${accountId}/workflows/order-fulfilment/instances/some-instance`);
    expect(
      await screen.findByText(/Rate limited by the Cloudflare API: resuming in [12] s/, undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    limited = false;
  });
});
