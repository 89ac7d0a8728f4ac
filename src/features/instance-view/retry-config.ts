import type { StepConfig } from '../../../contract/instances.ts';
import { formatWorkflowDuration } from '../../lib/format-time.ts';

/** "limit 5 · 10 s · exponential · timeout 10 min"; parts the API left out are skipped. */
export function formatRetryConfig(config: StepConfig | undefined): string {
  if (!config) return '';
  const parts: string[] = [];
  if (config.retries) {
    parts.push(`limit ${config.retries.limit}`);
    parts.push(formatWorkflowDuration(config.retries.delay));
    if (config.retries.backoff) parts.push(config.retries.backoff);
  }
  if (config.timeout !== undefined) parts.push(`timeout ${formatWorkflowDuration(config.timeout)}`);
  if (config.sensitive) parts.push(`sensitive ${config.sensitive}`);
  return parts.join(' · ');
}
