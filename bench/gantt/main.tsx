// The app parses jitless (its CSP forbids eval): measure the same.
import '../../src/app/zod-config.ts';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '../../src/styles.css';
import type { InstanceDetail } from '../../contract/instances.ts';
import { instanceDetailResponseSchema } from '../../contract/instances.ts';
import { createSimulator, DEMO_ACCOUNT_ID, SIMULATOR_BASE_URL } from '../../simulator/index.ts';
import { GanttView } from '../../src/features/instance-view/gantt/gantt-view.tsx';
import { buildGanttModel } from '../../src/features/instance-view/gantt/model/build-rows.ts';
import { NO_FILTERS } from '../../src/features/instance-view/gantt/model/filters.ts';
import { chartHeight } from '../../src/features/instance-view/gantt/selection.ts';

/**
 * Mounts the real Gantt over a demo instance at the platform's step limits (simulator workflow large-import) and
 * exposes measurements to the bench runner: window.ganttBench.{prepare, mount, zoom, pan}.
 */
const NOW = Date.parse('2026-12-01T12:00:00Z');
const sim = createSimulator({ now: () => NOW, anchor: NOW, instances: 300 });
let text = '';
let instance: InstanceDetail | null = null;
const noop = () => {};
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function chart(): HTMLElement {
  const element = document.querySelector<HTMLElement>('[role="group"][aria-label^="Gantt chart"]');
  if (!element) throw new Error('gantt not mounted');
  return element;
}

/** Dispatches one wheel event and measures the frame's work: the handler plus the rAF paint it scheduled. */
async function frame(init: WheelEventInit): Promise<number> {
  let before = 0;
  let after = 0;
  requestAnimationFrame(() => {
    before = performance.now();
  });
  const t0 = performance.now();
  chart().dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: 900, ...init }));
  const handler = performance.now() - t0;
  requestAnimationFrame(() => {
    after = performance.now();
  });
  await nextFrame();
  await nextFrame();
  return handler + (after - before);
}

const api = {
  /** Fetches the instance from the in-page simulator; returns the JSON.parse baseline for the same bytes. */
  async prepare(id: string) {
    const url = `${SIMULATOR_BASE_URL}/accounts/${DEMO_ACCOUNT_ID}/workflows/large-import/instances/${id}`;
    text = await (await sim.fetch(new Request(url))).text();
    const t0 = performance.now();
    const raw = JSON.parse(text);
    const parseMs = performance.now() - t0;
    instance = instanceDetailResponseSchema.parse(raw).result;
    return { parseMs, steps: instance.steps.length, bytes: text.length };
  },
  /**
   * From the parsed instance in memory to painted bars: model, React render, layout and the first paint, at the
   * rows viewport's height on the instance page. The React root exists already, as on the instance page, where
   * the app (and the loading state) is rendered before the instance arrives.
   */
  mount() {
    const container = document.getElementById('root');
    if (!container || !instance) throw new Error('prepare first');
    const root = createRoot(container);
    flushSync(() => root.render(<p>Loading…</p>));
    const t0 = performance.now();
    const model = buildGanttModel(instance, NOW);
    const modelMs = performance.now() - t0;
    flushSync(() =>
      root.render(
        <GanttView
          model={model}
          window={null}
          fold
          selection={null}
          filters={NO_FILTERS}
          height={chartHeight(model.rows.length)}
          zone="utc"
          onWindowChange={noop}
          onSelect={noop}
          onFoldChange={noop}
          onFiltersChange={noop}
        />,
      ),
    );
    document.body.getBoundingClientRect();
    return {
      renderMs: performance.now() - t0,
      modelMs,
      domRows: document.querySelectorAll('[role="row"]').length,
    };
  },
  /** Ctrl+wheel zoom frames about the cursor: in for half of them, then out. */
  async zoom(frames: number) {
    const work: number[] = [];
    for (let i = 0; i < frames; i++)
      work.push(await frame({ ctrlKey: true, deltaY: i < frames / 2 ? -60 : 60 }));
    return work;
  },
  /** Shift+wheel pan frames, after zooming to a tenth of the instance. */
  async pan(frames: number) {
    for (let i = 0; i < 10; i++) await frame({ ctrlKey: true, deltaY: -80 });
    const work: number[] = [];
    for (let i = 0; i < frames; i++)
      work.push(await frame({ shiftKey: true, deltaY: i % 40 < 20 ? 120 : -120 }));
    return work;
  },
  /** The JSON.parse of the same instance, repeated for a stable baseline. */
  parseBaseline(runs: number) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      JSON.parse(text);
      samples.push(performance.now() - t0);
    }
    return samples;
  },
};

declare global {
  interface Window {
    ganttBench: typeof api;
  }
}
window.ganttBench = api;
