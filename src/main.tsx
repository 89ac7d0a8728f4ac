import './app/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { metaQueryOptions } from './api/get-meta.ts';
import { App } from './app/app.tsx';
import { createAppQueryClient } from './app/query-client.ts';
import { createAppRouter } from './app/router.tsx';
import './styles.css';

/**
 * How long the first render waits for /api/meta and the route's loaders. The demo banner, the writes note
 * and the table's checkbox column depend on meta: known at the first render, they are laid out in place
 * instead of pushing the page down when it arrives (layout shift). It is one request to the same server,
 * answered in milliseconds, and the loaders wait only briefly themselves (a workflow's table, for its first
 * page); the cap bounds a blank page when the server is slow.
 */
const FIRST_RENDER_WAIT_MS = 1_000;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createAppQueryClient();
const router = createAppRouter({ queryClient });

const meta = queryClient.prefetchQuery(metaQueryOptions());
// Matches the URL and runs the route loaders now, so that the page's requests (a workflow's instance list)
// are under way before the first render; RouterProvider picks up this load rather than starting another.
const load = router.load().catch(console.error);

void Promise.race([
  Promise.all([meta, load]),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App router={router} queryClient={queryClient} />
    </StrictMode>,
  );
});
