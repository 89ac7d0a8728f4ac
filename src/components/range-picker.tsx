import { formatIsoUtc, parseIsoUtc, RANGE_PRESETS, type TimeRange } from '../lib/url-state/view-state.ts';

const PRESET_LABELS = {
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
};

/** `datetime-local` works in local wall time without zone; we show and read UTC, as the URL does. */
const toInput = (ms: number | null) => (ms === null ? '' : formatIsoUtc(ms).replace(/Z$/, '').slice(0, 16));
const fromInput = (value: string) => (value === '' ? null : parseIsoUtc(`${value}Z`));

/**
 * The time range of a view: presets and custom UTC bounds, shared by the workflow page and triage (which has
 * no "All": it counts a window, so `allowAll` is off there and `onChange` never receives `all`).
 */
export function RangePicker({
  value,
  onChange,
  allowAll = true,
}: {
  value: TimeRange;
  onChange: (next: TimeRange) => void;
  allowAll?: boolean;
}) {
  const custom = value.kind === 'custom' ? value : null;
  return (
    <fieldset className="flex flex-wrap items-center gap-1">
      <legend className="sr-only">Time range</legend>
      {allowAll ? (
        <button
          type="button"
          aria-pressed={value.kind === 'all'}
          onClick={() => onChange({ kind: 'all' })}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          All
        </button>
      ) : null}
      {RANGE_PRESETS.map((preset) => (
        <button
          key={preset}
          type="button"
          aria-pressed={value.kind === 'preset' && value.preset === preset}
          // Named by its visible text first ("7d (Last 7 days)"), as label-in-name asks.
          aria-label={`${preset} (${PRESET_LABELS[preset]})`}
          onClick={() => onChange({ kind: 'preset', preset })}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs aria-pressed:bg-slate-800 aria-pressed:text-white"
        >
          {preset}
        </button>
      ))}
      <label className="ml-2 inline-flex items-center gap-1 text-xs">
        From (UTC)
        <input
          type="datetime-local"
          value={toInput(custom?.from ?? null)}
          onChange={(event) =>
            onChange({ kind: 'custom', from: fromInput(event.target.value), to: custom?.to ?? null })
          }
          className="rounded border border-slate-300 px-1"
        />
      </label>
      <label className="inline-flex items-center gap-1 text-xs">
        To (UTC)
        <input
          type="datetime-local"
          value={toInput(custom?.to ?? null)}
          onChange={(event) =>
            onChange({ kind: 'custom', from: custom?.from ?? null, to: fromInput(event.target.value) })
          }
          className="rounded border border-slate-300 px-1"
        />
      </label>
    </fieldset>
  );
}
