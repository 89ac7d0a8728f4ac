import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InstanceListFilter } from './fetch-page.ts';
import { type LoadAllProgress, loadAllPages } from './load-all.ts';

export interface BulkTask {
  kind: 'load' | 'export';
  progress: LoadAllProgress;
  error: string | null;
}

/**
 * "Load all in range" and exports: one bulk run at a time, cancellable, with progress. The run's state is
 * transient UI state (not shareable), so it lives here rather than in the URL.
 */
export function useBulkLoad(filter: InstanceListFilter) {
  const queryClient = useQueryClient();
  const [task, setTask] = useState<BulkTask | null>(null);
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setTask(null);
  }, []);

  // A new filter cancels the run of the previous one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: cancel on filter change only
  useEffect(() => cancel, [filter, cancel]);

  const run = useCallback(
    async (kind: BulkTask['kind']) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setTask({ kind, progress: { requests: 0, fraction: 0, done: false }, error: null });
      try {
        const pages = await loadAllPages(queryClient, filter, {
          signal: abort.signal,
          onProgress: (progress) => {
            if (!abort.signal.aborted) setTask({ kind, progress, error: null });
          },
        });
        if (abort.signal.aborted) return null;
        if (kind === 'load') setTask(null);
        return pages;
      } catch (error) {
        if (abort.signal.aborted) return null;
        const message = error instanceof Error ? error.message : String(error);
        setTask((current) => (current ? { ...current, error: message } : null));
        return null;
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [queryClient, filter],
  );

  const finish = useCallback(() => setTask(null), []);
  return { task, run, cancel, finish };
}
