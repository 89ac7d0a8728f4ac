import type { ErrorsView } from '../../../lib/url-state/errors-search.ts';
import { formatIsoUtc, parseIsoUtc, RANGE_PRESETS } from '../../../lib/url-state/view-state.ts';

const PRESET_LABELS = {
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
};
const toInput = (ms: number | null) => (ms === null ? '' : formatIsoUtc(ms).replace(/Z$/, '').slice(0, 16));
const fromInput = (value: string) => (value === '' ? null : parseIsoUtc(`${value}Z`));

/** The workflow page's presets and custom UTC bounds (no "all": triage counts a window). */
export function TriageRangePicker({
  value,
  onChange,
}: {
  value: ErrorsView['range'];
  onChange: (next: ErrorsView['range']) => void;
}) {
  const custom = value.kind === 'custom' ? value : null;
  return (
    <fieldset className="flex flex-wrap items-center gap-1">
      <legend className="sr-only">Time range</legend>
      {RANGE_PRESETS.map((preset) => (
        <button
          key={preset}
          type="button"
          aria-pressed={value.kind === 'preset' && value.preset === preset}
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
