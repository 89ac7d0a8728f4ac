import { formatAbsolute, formatRelative, NO_VALUE, type TimeInput, toEpochMs } from '../lib/format-time.ts';

export interface RelativeTimeProps {
  value: TimeInput;
  now?: number;
}

/** "3 min ago", with the absolute local and UTC times on hover. */
export function RelativeTime({ value, now }: RelativeTimeProps) {
  const ms = toEpochMs(value);
  if (ms === undefined) return <span className="text-slate-500">{NO_VALUE}</span>;
  return (
    <time
      dateTime={new Date(ms).toISOString()}
      title={`${formatAbsolute(ms)} (${formatAbsolute(ms, 'utc')})`}
      className="tabular-nums"
    >
      {formatRelative(ms, now)}
    </time>
  );
}
