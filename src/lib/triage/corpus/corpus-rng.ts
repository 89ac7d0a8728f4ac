/** A small seeded generator for the corpus's varying parts (mulberry32), so the corpus is reproducible. */
export interface CorpusRng {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  hex(length: number): string;
  alnum(length: number): string;
  uuid(): string;
  iso(): string;
  rfc1123(): string;
  email(): string;
  ipv4(): string;
  ipv6(): string;
}

export function corpusRng(seed: number): CorpusRng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const chars = (alphabet: string, length: number) =>
    Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join('');
  const hex = (length: number) => chars('0123456789abcdef', length);
  const at = () => Date.UTC(2026, 10, int(1, 28), int(0, 23), int(0, 59), int(0, 59), int(0, 999));
  return {
    int,
    pick,
    hex,
    alnum: (length) => chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789', length),
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
    iso: () => new Date(at()).toISOString(),
    rfc1123: () => new Date(at()).toUTCString(),
    email: () =>
      `${pick(['ana', 'li.wei', 'j.smith', 'ops+alerts', 'm_garcia', 'k'])}${int(1, 9999)}@${pick(['example.com', 'mail.example.org', 'corp.example.net', 'gmial.com'])}`,
    ipv4: () => `${int(1, 223)}.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`,
    ipv6: () => `2001:db8:${hex(4)}:${hex(2)}::${hex(3)}`,
  };
}
