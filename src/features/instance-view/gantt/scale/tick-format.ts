export type TickZone = 'local' | 'utc';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: TickZone, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${zone}:${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { ...options, ...(zone === 'utc' ? { timeZone: 'UTC' } : {}) });
    formatters.set(key, f);
  }
  return f;
}

export type TickUnit = 'ms' | 'second' | 'minute' | 'day' | 'month';

/** Multi-scale labels: "12:00:01.250", "12:00:05", "12:05", "14 Aug", "Aug 2026". */
export function formatTick(epoch: number, unit: TickUnit, zone: TickZone): string {
  switch (unit) {
    case 'ms':
      return formatter(zone, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        fractionalSecondDigits: 3,
        hourCycle: 'h23',
      }).format(epoch);
    case 'second':
      return formatter(zone, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).format(epoch);
    case 'minute':
      return formatter(zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epoch);
    case 'day':
      return formatter(zone, { day: 'numeric', month: 'short' }).format(epoch);
    case 'month':
      return formatter(zone, { month: 'short', year: 'numeric' }).format(epoch);
  }
}

/** The date, for ticks that open a new day or follow a folded gap: "14 Aug 12:00:05". */
export function formatDateTime(epoch: number, zone: TickZone): string {
  return formatter(zone, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(epoch);
}

/** Local or UTC calendar fields, and back. */
export function calendar(epoch: number, zone: TickZone) {
  const d = new Date(epoch);
  return zone === 'utc'
    ? { y: d.getUTCFullYear(), m: d.getUTCMonth(), day: d.getUTCDate() }
    : { y: d.getFullYear(), m: d.getMonth(), day: d.getDate() };
}

export function fromCalendar(y: number, m: number, day: number, zone: TickZone): number {
  return zone === 'utc' ? Date.UTC(y, m, day) : new Date(y, m, day).getTime();
}
