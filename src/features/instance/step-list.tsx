import type { Step } from '../../../contract/instances.ts';
import type { StepOrder } from '../../api/get-instance.ts';
import { StepItem } from './step-item.tsx';
import { StepOrderToggle } from './step-order-toggle.tsx';

export interface StepListProps {
  steps: Step[];
  stepCount: number | null | undefined;
  order: StepOrder;
  onOrderChange: (next: StepOrder) => void;
  now: number;
}

/** The instance log as the API returns it (ordered by the API's `order`), one entry per item. */
export function StepList({ steps, stepCount, order, onOrderChange, now }: StepListProps) {
  return (
    <section aria-labelledby="steps-heading" className="rounded-lg border border-slate-200 bg-white">
      <div className="flex items-center gap-3 border-b border-slate-200 px-4 py-2">
        <h2 id="steps-heading" className="text-sm font-semibold text-slate-900">
          Steps
        </h2>
        <span className="text-xs text-slate-500 tabular-nums">{stepCount ?? steps.length}</span>
        <div className="ml-auto">
          <StepOrderToggle order={order} onChange={onOrderChange} />
        </div>
      </div>
      {steps.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">No steps have run yet.</p>
      ) : (
        <ol aria-label="Steps" className="divide-y divide-slate-100">
          {steps.map((step, index) => (
            // Entries have no id; names repeat across types (a rollback mirrors its step).
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced wholesale on each fetch
            <li key={`${index}-${step.type}-${step.name ?? ''}`}>
              <StepItem step={step} now={now} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
