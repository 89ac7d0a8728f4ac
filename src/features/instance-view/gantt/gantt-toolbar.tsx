import type { GanttFilters } from './model/filters.ts';
import { ROW_KINDS, type RowKind } from './model/types.ts';

interface Props {
  fold: boolean;
  filters: GanttFilters;
  matches: number;
  onFit: () => void;
  onNext: (target: 'error' | 'retry') => void;
  onMatch: (direction: 1 | -1) => void;
  onFoldChange: (fold: boolean) => void;
  onFiltersChange: (filters: GanttFilters) => void;
}

const KIND_NAMES: Record<RowKind, string> = {
  step: 'step',
  rollback: 'rollback',
  sleep: 'sleep',
  waitForEvent: 'waitForEvent',
  termination: 'termination',
  unknown: 'other',
};

const button = 'rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50';

/** Fit, next error, next retry, idle folding, and the filters (step type, only failed/retried, name search). */
export function GanttToolbar(props: Props) {
  const { filters } = props;
  const toggleKind = (kind: RowKind) => {
    const current = filters.kinds ?? [];
    const kinds = current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind];
    props.onFiltersChange({ ...filters, kinds: kinds.length > 0 ? kinds : null });
  };
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 py-1 text-xs">
      <button type="button" className={button} onClick={props.onFit} title="Fit (f)">
        Fit
      </button>
      <button type="button" className={button} onClick={() => props.onNext('error')} title="Next error (e)">
        Next error
      </button>
      <button type="button" className={button} onClick={() => props.onNext('retry')} title="Next retry (r)">
        Next retry
      </button>
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={props.fold} onChange={(e) => props.onFoldChange(e.target.checked)} />
        Fold idle time
      </label>
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">Step types</legend>
        {ROW_KINDS.filter((k) => k !== 'unknown').map((kind) => (
          <label key={kind} className="flex items-center gap-0.5">
            <input
              type="checkbox"
              checked={filters.kinds?.includes(kind) ?? false}
              onChange={() => toggleKind(kind)}
            />
            {KIND_NAMES[kind]}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-1">
        Show
        <select
          value={filters.only ?? ''}
          onChange={(e) =>
            props.onFiltersChange({
              ...filters,
              only: e.target.value === 'failed' || e.target.value === 'retried' ? e.target.value : null,
            })
          }
        >
          <option value="">all steps</option>
          <option value="failed">only failed</option>
          <option value="retried">only retried</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        <span className="sr-only">Search step names</span>
        <input
          type="search"
          placeholder="Search steps"
          className="w-36 rounded border border-slate-300 px-1"
          value={filters.q}
          onChange={(e) => props.onFiltersChange({ ...filters, q: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') props.onMatch(e.shiftKey ? -1 : 1);
          }}
        />
      </label>
      {filters.q && (
        <>
          <span aria-live="polite">{props.matches} matches</span>
          <button type="button" className={button} onClick={() => props.onMatch(-1)}>
            Previous match
          </button>
          <button type="button" className={button} onClick={() => props.onMatch(1)}>
            Next match
          </button>
        </>
      )}
    </div>
  );
}
