/**
 * Epoch ms of an API timestamp. A 10,000-step log holds some 50,000 of them and Date.parse was a third of
 * building the model, so the API's own shape ("2026-11-28T20:43:04.123Z", milliseconds optional) is read by
 * hand: the minute is parsed once and cached, seconds and milliseconds are digits. Anything else goes to
 * Date.parse.
 */
const minutes = new Map<string, number>();
/** The last minute read: a log's consecutive times mostly share it, and a prefix compare allocates nothing. */
let lastKey = '';
let lastMinute = 0;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

export function parseTime(value: string): number {
  const n = value.length;
  const shaped =
    (n === 20 || n === 24) &&
    value.charCodeAt(n - 1) === 90 /* Z */ &&
    value.charCodeAt(10) === 84 /* T */ &&
    value.charCodeAt(16) === 58 /* : */ &&
    (n === 20 || value.charCodeAt(19) === 46); /* . */
  if (!shaped) return Date.parse(value);
  let minute = lastMinute;
  if (lastKey === '' || !value.startsWith(lastKey)) {
    const minuteKey = value.slice(0, 16);
    let cached = minutes.get(minuteKey);
    if (cached === undefined) {
      cached = Date.parse(`${minuteKey}:00Z`);
      if (minutes.size > 50_000) minutes.clear();
      minutes.set(minuteKey, cached);
    }
    lastKey = minuteKey;
    lastMinute = cached;
    minute = cached;
  }
  const seconds = digit(value, 17) * 10 + digit(value, 18);
  const ms = n === 24 ? digit(value, 20) * 100 + digit(value, 21) * 10 + digit(value, 22) : 0;
  if (!(seconds >= 0 && seconds < 60 && ms >= 0 && ms < 1000)) return Date.parse(value);
  return minute + seconds * 1000 + ms;
}
