import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Step } from '../../../contract/instances.ts';
import type { StepOrder } from '../../api/get-instance.ts';
import { StepItem } from './step-item.tsx';
import { StepOrderToggle } from './step-order-toggle.tsx';

/** Above this many entries the list renders only what is near the viewport (instances reach 10,000+ steps). */
export const VIRTUAL_STEP_THRESHOLD = 200;

export interface StepListProps {
  steps: Step[];
  stepCount: number | null | undefined;
  order: StepOrder;
  onOrderChange: (next: StepOrder) => void;
  now: number;
}

// Entries have no id; names repeat across types (a rollback mirrors its step). The list is replaced wholesale
// on each fetch, so index-based keys are stable enough.
const stepKey = (step: Step, index: number) => `${index}-${step.type}-${step.name ?? ''}`;

/**
 * Rendered heights (px) measured in Chromium, so the scrollbar is right before entries are measured and End
 * lands on the last entry: a step or rollback is its header, retry line and attempts table (a row each).
 */
function estimateStepHeight(step: Step | undefined): number {
  if (step && 'attempts' in step && Array.isArray(step.attempts))
    return 104 + 23 * Math.max(1, step.attempts.length);
  return step && 'error' in step && step.error ? 66 : 47;
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
      ) : steps.length > VIRTUAL_STEP_THRESHOLD ? (
        <VirtualStepItems steps={steps} now={now} />
      ) : (
        <ol aria-label="Steps" className="divide-y divide-slate-100">
          {steps.map((step, index) => (
            <li key={stepKey(step, index)}>
              <StepItem step={step} now={now} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The same list, windowed against the page's scroll; entries are measured as they render (heights vary). */
function VirtualStepItems({ steps, now }: { steps: Step[]; now: number }) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const top = listRef.current?.getBoundingClientRect().top ?? 0;
    setScrollMargin(top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: steps.length,
    estimateSize: (index) => estimateStepHeight(steps[index]),
    overscan: 8,
    scrollMargin,
  });
  // The browser's own End scrolls smoothly to where the log ends by its estimated heights; entries measured on
  // the way change that end and the virtualizer's corrections stop the scroll short (at step 2,700 of 4,285 in
  // one run). The virtualizer's scrollToEnd keeps going until the measured end is reached.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'End' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey)
        return;
      if (
        event.target instanceof Element &&
        event.target.closest('input, textarea, select, [contenteditable]')
      )
        return;
      event.preventDefault();
      virtualizer.scrollToEnd();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [virtualizer]);
  return (
    <ol ref={listRef} aria-label="Steps" className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const step = steps[item.index];
        if (!step) return null;
        return (
          <li
            key={stepKey(step, item.index)}
            data-index={item.index}
            // Only a window of the log is in the DOM: say where each entry stands in the whole.
            aria-setsize={steps.length}
            aria-posinset={item.index + 1}
            ref={virtualizer.measureElement}
            className="absolute left-0 w-full border-b border-slate-100"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <StepItem step={step} now={now} />
          </li>
        );
      })}
    </ol>
  );
}
