import { useState } from 'react';
import { useMeta } from '../../api/get-meta.ts';

const DISMISSED_KEY = 'demo-banner-dismissed';

function readDismissed(): boolean {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** Shown while the server runs on its simulator; dismissible for the browser session. */
export function DemoBanner() {
  const { data: meta } = useMeta();
  const [dismissed, setDismissed] = useState(readDismissed);
  if (meta?.mode !== 'demo' || dismissed) return null;
  const dismiss = () => {
    try {
      sessionStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Storage may be unavailable (private mode); the banner then hides until reload.
    }
    setDismissed(true);
  };
  return (
    <section
      aria-label="Demo mode"
      className="flex items-center gap-3 bg-orange-50 px-6 py-1.5 text-sm text-orange-900 ring-1 ring-orange-200"
    >
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">Demo mode</strong> — a simulated account. To see your own workflows,
        set <code className="font-mono text-xs">CLOUDFLARE_API_TOKEN</code> and{' '}
        <code className="font-mono text-xs">CLOUDFLARE_ACCOUNT_ID</code> and restart.
      </p>
      <button
        type="button"
        onClick={dismiss}
        className="rounded px-2 py-0.5 text-xs font-medium text-orange-800 hover:bg-orange-100"
      >
        Dismiss
      </button>
    </section>
  );
}
