export type TickZone = 'local' | 'utc';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Clock and calendar fields in the zone. Labels are built by hand, not with Intl.DateTimeFormat: the first
 * formatter a page creates costs over 100 ms of ICU set-up, a whole first-render budget of the Gantt.
 */
function fields(epoch: number, zone: TickZone) {
  const d = new Date(epoch);
  return zone === 'utc'
    ? {
        y: d.getUTCFullYear(),
        mo: d.getUTCMonth(),
        day: d.getUTCDate(),
        h: d.getUTCHours(),
        mi: d.getUTCMinutes(),
        s: d.getUTCSeconds(),
        ms: d.getUTCMilliseconds(),
      }
    : {
        y: d.getFullYear(),
        mo: d.getMonth(),
        day: d.getDate(),
        h: d.getHours(),
        mi: d.getMinutes(),
        s: d.getSeconds(),
        ms: d.getMilliseconds(),
      };
}

export type TickUnit = 'ms' | 'second' | 'minute' | 'day' | 'month';

/** Multi-scale labels: "12:00:01.250", "12:00:05", "12:05", "14 Aug", "Aug 2026". */
export function formatTick(epoch: number, unit: TickUnit, zone: TickZone): string {
  const f = fields(epoch, zone);
  switch (unit) {
    case 'ms':
      return `${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}.${pad(f.ms, 3)}`;
    case 'second':
      return `${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}`;
    case 'minute':
      return `${pad(f.h)}:${pad(f.mi)}`;
    case 'day':
      return `${f.day} ${MONTHS[f.mo]}`;
    case 'month':
      return `${MONTHS[f.mo]} ${f.y}`;
  }
}

/** The date, for ticks that open a new day or follow a folded gap: "14 Aug, 12:00:05". */
export function formatDateTime(epoch: number, zone: TickZone): string {
  const f = fields(epoch, zone);
  return `${f.day} ${MONTHS[f.mo]}, ${pad(f.h)}:${pad(f.mi)}:${pad(f.s)}`;
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
