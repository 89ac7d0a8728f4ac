import { useEffect, useState } from 'react';

/**
 * The clock, ticking every `intervalMs` (relative times, live durations, a range's moving end, a running
 * instance's "now" line); `null` stops it, keeping the last reading.
 */
export function useNow(intervalMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (intervalMs === null) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
