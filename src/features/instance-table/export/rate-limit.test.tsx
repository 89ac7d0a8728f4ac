import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { errorEnvelope } from '../../../../contract/envelope.ts';
import { server, testSimulator } from '../../../testing/msw-server.ts';
import { PanelHarness } from '../../../testing/panel-harness.tsx';
import { renderWithClient } from '../../../testing/render.tsx';

// Its own file: a 429 blocks this module's shared request budget for the Retry-After.
describe('InstancesPanel under the rate limit', () => {
  it('shows the wait after a 429 and resumes loading the range', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/client/v4/accounts/:account/workflows/:workflow/instances', () => {
        calls++;
        if (calls !== 3) return undefined;
        return HttpResponse.json(
          errorEnvelope(971, 'Please wait and consider throttling your request speed'),
          {
            status: 429,
            headers: { 'Retry-After': '2' },
          },
        );
      }),
    );
    const user = userEvent.setup();
    renderWithClient(<PanelHarness accountId={testSimulator.accountId} workflowName="onboarding-emails" />);
    await screen.findByRole('grid', { name: 'Instances of onboarding-emails' });
    await user.click(screen.getByRole('button', { name: 'Load all in range' }));
    expect(
      await screen.findByText(
        /Rate limited by the Cloudflare API: resuming in [12] s/,
        {},
        { timeout: 3000 },
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText(/End of list: 465 instances/, {}, { timeout: 6000 })).toBeInTheDocument();
    expect(screen.queryByText(/Rate limited/)).not.toBeInTheDocument();
    // Five pages, the page retried after the 429, and the live-refresh poll of the head.
    expect(calls).toBeGreaterThanOrEqual(6);
  });
});
