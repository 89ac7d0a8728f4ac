import type { StepOrder } from '../../api/get-instance.ts';

const OPTIONS: { value: StepOrder; label: string }[] = [
  { value: 'asc', label: 'Oldest first' },
  { value: 'desc', label: 'Newest first' },
];

export function StepOrderToggle({
  order,
  onChange,
}: {
  order: StepOrder;
  onChange: (next: StepOrder) => void;
}) {
  return (
    <fieldset className="inline-flex rounded-md border border-slate-200 bg-white p-0.5">
      <legend className="sr-only">Step order</legend>
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={order === option.value}
          onClick={() => onChange(option.value)}
          className={`rounded px-2.5 py-1 text-xs font-medium ${
            order === option.value ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100'
          }`}
        >
          {option.label}
        </button>
      ))}
    </fieldset>
  );
}
