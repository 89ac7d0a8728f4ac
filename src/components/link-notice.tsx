import { useState } from 'react';

/**
 * Says which values of a pasted link were ignored (an unknown status, a bad date…), so a wrong URL never
 * fails silently. Dismissible; the URL itself has already been cleaned by the page.
 */
export function LinkNotice({ messages }: { messages: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || messages.length === 0) return null;
  return (
    <div role="alert" className="flex items-start gap-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <ul className="flex-1">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)} aria-label="Dismiss link notice">
        ×
      </button>
    </div>
  );
}
