import { describe, expect, it } from 'vitest';
import { INSTANCE_STATUSES } from '../../../contract/status.ts';
import { mulberry32 } from '../../../simulator/rng.ts';
import { describeDropped, pickStrings } from './search-codec.ts';
import {
  COLUMN_IDS,
  canonicalColumns,
  DEFAULT_VIEW,
  type InstanceView,
  parseInstanceView,
  RANGE_PRESETS,
  serializeInstanceView,
  type TimeRange,
} from './view-state.ts';
import { WORKFLOW_SEARCH_KEYS } from './workflow-search.ts';

/** The simulator's seeded PRNG, so the property test is reproducible. */
const prng = mulberry32;

function randomView(random: () => number): InstanceView {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const subset = <T>(items: readonly T[]) => items.filter(() => random() < 0.3);
  const time = () =>
    Date.UTC(2026, 0, 1) + Math.floor(random() * 330 * 86_400) * 1000 + (random() < 0.2 ? 123 : 0);
  const rangeKind = pick(['all', 'preset', 'custom'] as const);
  let range: TimeRange = { kind: 'all' };
  if (rangeKind === 'preset') range = { kind: 'preset', preset: pick(RANGE_PRESETS) };
  if (rangeKind === 'custom') {
    const a = random() < 0.8 ? time() : null;
    const b = random() < 0.8 ? time() : null;
    range =
      a === null && b === null
        ? { kind: 'all' }
        : {
            kind: 'custom',
            from: a !== null && b !== null ? Math.min(a, b) : a,
            to: a !== null && b !== null ? Math.max(a, b) : b,
          };
  }
  const qChars = 'abcXYZ019-_,&=? %#';
  const q = Array.from({ length: Math.floor(random() * 12) }, () => pick([...qChars]))
    .join('')
    .trim();
  return {
    statuses: subset(INSTANCE_STATUSES),
    range,
    q,
    sort: { column: pick(COLUMN_IDS), desc: random() < 0.5 },
    columns: random() < 0.5 ? [...DEFAULT_VIEW.columns] : canonicalColumns(subset(COLUMN_IDS)),
    tz: random() < 0.5 ? 'utc' : 'local',
  };
}

/** Through a real query string, as the router does (URLSearchParams parse/stringify). */
function throughUrl(view: InstanceView) {
  const query = new URLSearchParams(serializeInstanceView(view) as Record<string, string>).toString();
  return parseInstanceView(pickStrings(Object.fromEntries(new URLSearchParams(query)), WORKFLOW_SEARCH_KEYS));
}

describe('instance view URL codec', () => {
  it('round-trips any view through the URL (state -> URL -> state)', () => {
    const random = prng(20261120);
    for (let i = 0; i < 2000; i++) {
      const view = randomView(random);
      const { view: back, dropped } = throughUrl(view);
      expect(dropped).toEqual([]);
      expect(back).toEqual(view);
    }
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeInstanceView(DEFAULT_VIEW)).toEqual({});
    expect(parseInstanceView({})).toEqual({ view: DEFAULT_VIEW, dropped: [] });
  });

  it('writes the documented format', () => {
    const search = serializeInstanceView({
      ...DEFAULT_VIEW,
      statuses: ['terminated', 'errored'],
      range: { kind: 'custom', from: Date.UTC(2026, 10, 1), to: Date.UTC(2026, 10, 2, 6, 30) },
      sort: { column: 'duration', desc: true },
      columns: ['id', 'status', 'duration'],
      tz: 'utc',
      q: 'order',
    });
    expect(search).toEqual({
      status: 'errored,terminated',
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-02T06:30:00Z',
      sort: '-duration',
      cols: 'id,status,duration',
      tz: 'utc',
      q: 'order',
    });
  });

  it('drops an unknown status, column, sort, range or time zone and says which', () => {
    const { view, dropped } = parseInstanceView({
      status: 'errored,bogus',
      cols: 'id,nope,status',
      sort: '-colour',
      range: '2w',
      tz: 'mars',
    });
    expect(view.statuses).toEqual(['errored']);
    expect(view.columns).toEqual(['id', 'status']);
    expect(view.sort).toEqual(DEFAULT_VIEW.sort);
    expect(view.range).toEqual({ kind: 'all' });
    expect(view.tz).toBe('local');
    expect(dropped.map(describeDropped)).toEqual([
      "Ignored status 'bogus' from the link (unknown status).",
      "Ignored cols 'nope' from the link (unknown column).",
      "Ignored tz 'mars' from the link (use utc or local).",
      "Ignored range '2w' from the link (use one of 1h, 24h, 7d, 30d).",
      "Ignored sort '-colour' from the link (unknown column).",
    ]);
  });

  it('drops a bad date, and a `to` before `from`', () => {
    expect(parseInstanceView({ from: 'yesterday', to: '2026-11-02' })).toEqual({
      view: { ...DEFAULT_VIEW, range: { kind: 'custom', from: null, to: Date.UTC(2026, 10, 2) } },
      dropped: [{ param: 'from', value: 'yesterday', reason: 'not an ISO 8601 date' }],
    });
    const reversed = parseInstanceView({ from: '2026-11-05T00:00:00Z', to: '2026-11-01T00:00:00Z' });
    expect(reversed.view.range).toEqual({ kind: 'custom', from: Date.UTC(2026, 10, 5), to: null });
    expect(reversed.dropped).toEqual([
      { param: 'to', value: '2026-11-01T00:00:00Z', reason: 'it is before from' },
    ]);
  });

  it('reads a date-time without offset as UTC, and a preset wins over from/to', () => {
    expect(parseInstanceView({ from: '2026-11-01T10:00' }).view.range).toEqual({
      kind: 'custom',
      from: Date.UTC(2026, 10, 1, 10),
      to: null,
    });
    const both = parseInstanceView({ range: '24h', from: '2026-11-01' });
    expect(both.view.range).toEqual({ kind: 'preset', preset: '24h' });
    expect(both.dropped).toHaveLength(1);
  });

  it('keeps the id column visible and orders statuses canonically', () => {
    const { view } = parseInstanceView({ cols: 'duration,status', status: 'terminated,errored,errored' });
    expect(view.columns).toEqual(['id', 'status', 'duration']);
    expect(view.statuses).toEqual(['errored', 'terminated']);
  });
});
