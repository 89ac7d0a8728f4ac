/**
 * Trigger.dev's error fingerprint normaliser (`apps/webapp/app/utils/errorFingerprinting.ts`,
 * triage-anchors.md §4), as a third baseline: uuid, run ids, prefixed ids, ISO times, epochs, URLs,
 * 4+-digit numbers, paths, emails, 0x hex and quoted strings of 20+ characters.
 */
const RULES: [RegExp, string][] = [
  [/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>'],
  [/run_[a-z0-9]+/gi, '<run-id>'],
  [/[a-z]+_[A-Za-z0-9]{8,}/g, '<id>'],
  [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?/g, '<timestamp>'],
  [/\b\d{10,13}\b/g, '<timestamp>'],
  [/https?:\/\/[^\s]+/g, '<url>'],
  [/\b\d{4,}\b/g, '<number>'],
  [/(?:\/[\w.-]+){2,}/g, '<path>'],
  [/[\w.+-]+@[\w-]+\.[\w.-]+/g, '<email>'],
  [/0x[0-9a-f]{8,}/gi, '<hex>'],
  [/(['"])[^'"]{20,}\1/g, '<string>'],
];

export function triggerNormalize(message: string): string {
  let out = message;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
