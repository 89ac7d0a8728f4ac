/**
 * Says which values of a pasted link were ignored (an unknown status, a bad date…), so a wrong URL never
 * fails silently. The page has already cleaned the URL; `onDismiss` clears the messages.
 */
export function LinkNotice({ messages, onDismiss }: { messages: readonly string[]; onDismiss: () => void }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="flex items-start gap-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
      <ul className="flex-1">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss} aria-label="Dismiss link notice">
        ×
      </button>
    </div>
  );
}
