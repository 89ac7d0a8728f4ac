import { templateParts } from '../../../lib/triage/template.ts';

/** A group's template with its varying parts marked (`<id>`, `<amount>` …). */
export function TemplateText({ template }: { template: string }) {
  return (
    <span className="break-words font-mono text-sm">
      {templateParts(template).map((part, index) =>
        part.mask ? (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed for a template.
            key={index}
            className="mx-0.5 rounded bg-amber-100 px-1 text-amber-900"
            title={`varies between failures (${part.mask})`}
          >
            {part.text}
          </span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are fixed for a template.
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
