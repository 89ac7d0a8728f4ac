import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/app.tsx';
import { createAppRouter } from '../app/router.tsx';
import { createTestQueryClient } from './render.tsx';

/** Renders the whole app (real router, real routes) at `url`, over MSW and the simulator. */
export function renderApp(url: string) {
  const queryClient = createTestQueryClient();
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ queryClient, history });
  const user = userEvent.setup();
  const result = render(<App router={router} queryClient={queryClient} />);
  return { ...result, router, queryClient, history, user };
}
