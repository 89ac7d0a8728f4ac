// Starts the one large read a landing address needs before the app's start-up chunk has even downloaded:
// the instance an instance-view URL names (megabytes at 10,000 steps). The API client takes this answer
// instead of sending the same GET again (src/lib/early-requests.ts reads the store kept here). The page's
// first script, classic and blocking (tiny, fetched with the others the preload scanner finds), so the read
// starts as soon as the document is in; the Content-Security-Policy allows no inline script. In live mode
// the server also announces the read with the document (server/early-reads.ts), and this fetch takes it.
// src/lib/early-requests.test.ts checks that the URL built here is the one the client builds.
//
// The body is read at once: left unread, its transfer would stall when the browser's buffer filled, until the
// app asked for it hundreds of ms later. It is handed over decoded, so the app only parses it.
(() => {
  // Run once per page: should it be run again, the first read stands.
  if (globalThis.__earlyRequests) return;
  const route = /^\/([^/]+)\/workflows\/([^/]+)\/instances\/([^/]+)\/?$/;
  const match = route.exec(window.location.pathname);
  if (!match) return;
  let parts;
  try {
    parts = match.slice(1, 4).map((segment) => encodeURIComponent(decodeURIComponent(segment)));
  } catch {
    return; // a malformed escape: the app says what is wrong with the address
  }
  if (parts.some((part) => !part)) return;
  const order = new URLSearchParams(window.location.search).get('order') === 'desc' ? 'desc' : 'asc';
  const url = `/api/client/v4/accounts/${parts[0]}/workflows/${parts[1]}/instances/${parts[2]}?order=${order}`;
  // Settles with { response (status and headers), text }, or with null on any failure: the client then sends
  // its own request, which reports whatever is wrong.
  const answer = fetch(url, { headers: { accept: 'application/json' } })
    .then(async (response) => {
      const text = new TextDecoder().decode(await response.arrayBuffer());
      const { status, statusText, headers } = response;
      return { response: new Response(null, { status, statusText, headers }), text };
    })
    .catch(() => null);
  globalThis.__earlyRequests = { responses: new Map([[url, { answer, at: Date.now() }]]) };
})();
