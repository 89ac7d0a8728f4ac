import { useState } from 'react';

/**
 * Copies an instance id without opening the instance (the row's click opens it). The icon is a CSS mask
 * (styles.css), not an inline SVG: one element instead of four in each of the table's rows.
 */
export function CopyIdButton({ id }: { id: string }) {
  // The id it copied rather than a flag: table rows are pooled, so this button is reused for other ids.
  const [copiedId, setCopiedId] = useState<string | null>(null);
  const copied = copiedId === id;
  return (
    <button
      type="button"
      tabIndex={-1}
      aria-label={`Copy instance id ${id}`}
      title={copied ? 'Copied' : 'Copy id'}
      onClick={(event) => {
        event.stopPropagation();
        void navigator.clipboard?.writeText(id).then(() => {
          setCopiedId(id);
          // Only this id's mark: the pooled button may have copied another id since.
          setTimeout(() => setCopiedId((shown) => (shown === id ? null : shown)), 1500);
        });
      }}
      className={`size-3.5 shrink-0 text-slate-500 hover:text-slate-700 ${copied ? 'icon-check' : 'icon-copy'}`}
    />
  );
}
