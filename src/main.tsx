import './app/zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { metaQueryOptions } from './api/get-meta.ts';
import { App } from './app/app.tsx';
import { createAppQueryClient } from './app/query-client.ts';
import { createAppRouter } from './app/router.tsx';
import './styles.css';

/**
 * How long the first render waits for /api/meta. The demo banner, the writes note and the table's checkbox
 * column depend on it: known at the first render, they are laid out in place instead of pushing the page
 * down when it arrives (layout shift). One request to the same server, answered in milliseconds; the cap
 * only bounds a blank page when the server is slow.
 */
const META_WAIT_MS = 1_000;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const queryClient = createAppQueryClient();
const router = createAppRouter({ queryClient });

const meta = queryClient.prefetchQuery(metaQueryOptions());
// Matches the URL and runs the route loaders now, so that the page's requests (a workflow's instance list)
// are under way while the first render runs; RouterProvider picks up this load rather than starting another.
router.load().catch(console.error);

void Promise.race([meta, new Promise((resolve) => setTimeout(resolve, META_WAIT_MS))]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App router={router} queryClient={queryClient} />
    </StrictMode>,
  );
});
