import { statusStyle } from '../lib/status-style.ts';

export interface StatusBadgeProps {
  status: string;
  className?: string;
}

/** A status as a coloured pill; its label is the accessible text. Unknown statuses show as they are. */
export function StatusBadge({ status, className = '' }: StatusBadgeProps) {
  const style = statusStyle(status);
  return (
    <span
      className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.badge} ${className}`}
      data-status={status}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${style.dot}`} />
      {style.label}
    </span>
  );
}
